namespace EthicsBot.Persistence.Postgres;

using System.Globalization;
using Npgsql;

/// <summary>
/// How values travel to PostgreSQL: instants as timestamptz (UTC; Npgsql refuses other offsets), dates as date,
/// a time of day as 'HH:mm' text as in SQLite, flags as boolean.
/// </summary>
internal static class PostgresValues
{
    private const string TimeFormat = "HH:mm";

    public static DateTimeOffset Instant(DateTimeOffset value) => value.ToUniversalTime();

    public static DateTimeOffset? Instant(DateTimeOffset? value) => value?.ToUniversalTime();

    public static string Time(TimeOnly value) => value.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static NpgsqlCommand Command(this NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null) =>
        new(sql, connection, transaction);

    public static NpgsqlParameter AddValue(this NpgsqlParameterCollection parameters, string name, object? value) =>
        parameters.AddWithValue(name, value ?? DBNull.Value);

    public static string? GetNullableString(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset GetInstant(this NpgsqlDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? GetNullableInstant(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInstant(ordinal);

    public static DateOnly GetDate(this NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public static DateOnly? GetNullableDate(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDate(ordinal);

    public static TimeOnly GetTime(this NpgsqlDataReader reader, int ordinal) =>
        TimeOnly.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture);

    public static TEnum GetEnum<TEnum>(this NpgsqlDataReader reader, int ordinal)
        where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(reader.GetString(ordinal), ignoreCase: true);
}

namespace EthicsBot.Persistence.Leaderboards;

using EthicsBot.Persistence.Postgres;
using Npgsql;

internal sealed class PostgresLeaderboardChannelStore(PostgresDatabase database) : ILeaderboardChannelStore
{
    private const string Columns =
        "conversation_id, tenant_id, service_url, reference_json, unit_id, locale, registered_at, last_week_sent";

    public async Task RegisterAsync(LeaderboardChannel channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"""
            INSERT INTO leaderboard_channels ({Columns}) VALUES (@conversation, @tenant, @url, @reference, @unit, @locale, @at, NULL)
            ON CONFLICT (conversation_id) DO UPDATE SET tenant_id = excluded.tenant_id, service_url = excluded.service_url,
                reference_json = excluded.reference_json, unit_id = excluded.unit_id, locale = excluded.locale,
                registered_at = excluded.registered_at
            """);
        command.Parameters.AddValue("@conversation", channel.ConversationId);
        command.Parameters.AddValue("@tenant", channel.TenantId);
        command.Parameters.AddValue("@url", channel.ServiceUrl);
        command.Parameters.AddValue("@reference", channel.ReferenceJson);
        command.Parameters.AddValue("@unit", channel.UnitId);
        command.Parameters.AddValue("@locale", channel.Locale);
        command.Parameters.AddValue("@at", PostgresValues.Instant(channel.RegisteredAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> UnregisterAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM leaderboard_channels WHERE conversation_id = @conversation");
        command.Parameters.AddValue("@conversation", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<LeaderboardChannel?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync("WHERE conversation_id = @conversation", conversationId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<LeaderboardChannel>> ListAsync(CancellationToken cancellationToken = default) =>
        ReadAsync("ORDER BY registered_at, conversation_id", null, cancellationToken);

    public async Task<bool> TryClaimWeekAsync(string conversationId, DateOnly weekStart, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            UPDATE leaderboard_channels SET last_week_sent = @week
            WHERE conversation_id = @conversation AND (last_week_sent IS NULL OR last_week_sent < @week)
            """);
        command.Parameters.AddValue("@conversation", conversationId);
        command.Parameters.AddValue("@week", weekStart);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task ReleaseWeekAsync(string conversationId, DateOnly weekStart, DateOnly? previous, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "UPDATE leaderboard_channels SET last_week_sent = @previous WHERE conversation_id = @conversation AND last_week_sent = @week");
        command.Parameters.AddValue("@conversation", conversationId);
        command.Parameters.AddValue("@week", weekStart);
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("@previous", previous));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<LeaderboardChannel>> ReadAsync(string clause, string? conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM leaderboard_channels {clause}");
        if (conversationId is not null)
        {
            command.Parameters.AddValue("@conversation", conversationId);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var channels = new List<LeaderboardChannel>();
        while (await reader.ReadAsync(cancellationToken))
        {
            channels.Add(new LeaderboardChannel
            {
                ConversationId = reader.GetString(0),
                TenantId = reader.GetNullableString(1),
                ServiceUrl = reader.GetString(2),
                ReferenceJson = reader.GetString(3),
                UnitId = reader.GetString(4),
                Locale = reader.GetString(5),
                RegisteredAt = reader.GetInstant(6),
                LastWeekSent = reader.GetNullableDate(7),
            });
        }

        return channels;
    }
}

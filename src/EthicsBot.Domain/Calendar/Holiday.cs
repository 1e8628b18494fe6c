namespace EthicsBot.Domain.Calendar;

using EthicsBot.Domain.Content;

/// <summary>A public holiday or one day of a block of days off, named in both languages.</summary>
public sealed record Holiday(DateOnly Date, LocalizedString Name)
{
    /// <summary>One holiday per calendar day from <paramref name="first"/> to <paramref name="last"/> inclusive, e.g. the Tết break.</summary>
    public static IEnumerable<Holiday> Range(DateOnly first, DateOnly last, LocalizedString name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), "The last day of a holiday precedes its first day.");
        }

        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return new Holiday(day, name);
        }
    }
}

namespace EthicsBot.Domain;

/// <summary>The two languages the bot speaks. Vietnamese first: it is the users' working language.</summary>
public enum Locale
{
    Vi,
    En,
}

public static class LocaleExtensions
{
    /// <summary>Maps a Teams locale ("vi-VN", "en-US", null) to a bot locale: vi-* is Vietnamese, anything else English.</summary>
    public static Locale FromTag(string? tag) =>
        tag is not null && (tag.Equals("vi", StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith("vi-", StringComparison.OrdinalIgnoreCase))
            ? Locale.Vi
            : Locale.En;

    public static string Tag(this Locale locale) => locale == Locale.Vi ? "vi" : "en";
}

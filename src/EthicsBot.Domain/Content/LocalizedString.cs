namespace EthicsBot.Domain.Content;

/// <summary>A short text in both languages (topic names, document titles, holiday names).</summary>
public sealed record LocalizedString(string Vi, string En)
{
    public string For(Locale locale) => locale == Locale.Vi ? Vi : En;
}

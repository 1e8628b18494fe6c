namespace EthicsBot.Content.Validation;

/// <summary>Length limits in characters (text elements) that keep a question card readable on an old phone.</summary>
public static class ContentLimits
{
    public const int StemMax = 700;
    public const int OptionMax = 250;
    public const int FeedbackMax = 450;
    public const int ExplanationMax = 700;
    public const int MinOptions = 3;
    public const int MaxOptions = 4;

    /// <summary>Option ids in the only order allowed, so "1"–"4" typed by a user maps to "a"–"d".</summary>
    public static IReadOnlyList<string> OptionIds { get; } = ["a", "b", "c", "d"];
}

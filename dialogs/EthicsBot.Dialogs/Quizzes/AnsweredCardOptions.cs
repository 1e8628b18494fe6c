namespace EthicsBot.Dialogs.Quizzes;

using Newtonsoft.Json.Linq;

/// <summary>What surrounds an answered question: a notice, the Next button, or the end-of-session summary.</summary>
public sealed record AnsweredCardOptions
{
    public string? Notice { get; init; }
    /// <summary>Show the Next button (the session has more questions and the next one was not sent yet).</summary>
    public bool ShowNext { get; init; }
    /// <summary>Say that the next question was just sent below (the Next button was pressed).</summary>
    public bool NextSentBelow { get; init; }
    /// <summary>The end-of-session block (see <see cref="SummarySection"/>); set once every question is answered.</summary>
    public IReadOnlyList<JObject>? Summary { get; init; }
    /// <summary>The learner reported this question already: the card drops its "Report a problem" form.</summary>
    public bool Reported { get; init; }
}

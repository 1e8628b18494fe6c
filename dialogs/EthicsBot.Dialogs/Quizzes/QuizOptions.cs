namespace EthicsBot.Dialogs.Quizzes;

using System.ComponentModel.DataAnnotations;

public sealed class QuizOptions
{
    public const string SectionName = "Quiz";

    /// <summary>Questions in an on-demand quiz.</summary>
    /// <value>5: about five minutes, the habit the product is built around.</value>
    [Range(1, 20)]
    public int SessionLength { get; set; } = 5;
}

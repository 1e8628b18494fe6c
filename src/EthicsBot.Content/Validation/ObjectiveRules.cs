namespace EthicsBot.Content.Validation;

using System.Text.RegularExpressions;
using EthicsBot.Content.Loading;

/// <summary>
/// Each question names the rule it tests. More than two questions on one rule means the bank drills one point in
/// one frame while other rules go untested, so the limit is an error.
/// </summary>
internal static partial class ObjectiveRules
{
    public const int MaxQuestionsPerObjective = 2;

    public static void Check(IReadOnlyList<RawQuestion> questions, ContentDiagnostics diagnostics)
    {
        foreach (var objective in questions.Select(q => q.Objective).OfType<RawScalar>().Where(o => !Shape().IsMatch(o.Value)))
        {
            diagnostics.Error(objective.At, $"objective '{objective.Value}' must be lower case letters, digits and single dashes");
        }

        foreach (var group in questions.Where(q => q.Objective is not null && q.Id is not null)
            .GroupBy(q => q.Objective!.Value, StringComparer.Ordinal)
            .Where(g => g.Count() > MaxQuestionsPerObjective))
        {
            var ids = string.Join(", ", group.Select(q => q.Id!.Value));
            foreach (var question in group.Skip(MaxQuestionsPerObjective))
            {
                diagnostics.Error(question.Objective!.At,
                    $"objective '{group.Key}' is tested by {group.Count()} questions ({ids}); at most {MaxQuestionsPerObjective}: merge them or test another rule");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

namespace EthicsBot.Content.Answers;

using EthicsBot.Domain.Content;

/// <summary>The measures of issue 13 for one part of the set.</summary>
/// <param name="RecallAt3">Mean share of an answerable question's expected documents among the answer's references (refusal counts 0).</param>
/// <param name="CorrectRefusal">Share of questions to decline that were declined (or, for outdated premises, flagged).</param>
/// <param name="FalseRefusal">Share of answerable questions the bot declined.</param>
public sealed record EvaluationScore(string Part, int Answerable, int ToDecline, double RecallAt3, double CorrectRefusal, double FalseRefusal);

/// <summary>How each item fared, for the per-item listing and tests.</summary>
public sealed record EvaluationOutcome(EvaluationItem Item, GroundedAnswer Answer, double Recall, bool Declined);

/// <summary>Runs the offline answerer over the evaluation set. Pure: the catalog and the day are parameters.</summary>
public static class Evaluation
{
    public static IReadOnlyList<EvaluationOutcome> Run(
        ContentCatalog catalog, RuleIndex index, IReadOnlyList<EvaluationItem> items, DateOnly today, AnswerThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items.Select(item =>
        {
            var answer = FreeQuestionAnswerer.Answer(catalog, index, item.Question, item.Locale, today, thresholds);
            var cited = answer.References.Select(r => r.Document.Id).ToHashSet(StringComparer.Ordinal);
            var recall = item.Expected.Count == 0 ? 0 : item.Expected.Count(cited.Contains) / (double)item.Expected.Count;
            var flagged = answer.Mentions.Any(m => m.Document is null || !m.Document.IsInForceOn(today));
            var declined = answer.Kind != AnswerKind.Answered || (item.Kind == EvaluationKind.Outdated && flagged);
            return new EvaluationOutcome(item, answer, answer.Kind == AnswerKind.Answered ? recall : 0, declined);
        })];
    }

    public static EvaluationScore Score(string part, IReadOnlyList<EvaluationOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var answerable = outcomes.Where(o => !o.Item.ShouldDecline).ToList();
        var toDecline = outcomes.Where(o => o.Item.ShouldDecline).ToList();
        return new EvaluationScore(
            part,
            answerable.Count,
            toDecline.Count,
            answerable.Count == 0 ? 0 : answerable.Average(o => o.Recall),
            toDecline.Count == 0 ? 0 : toDecline.Count(o => o.Declined) / (double)toDecline.Count,
            answerable.Count == 0 ? 0 : answerable.Count(o => o.Answer.Kind != AnswerKind.Answered) / (double)answerable.Count);
    }
}

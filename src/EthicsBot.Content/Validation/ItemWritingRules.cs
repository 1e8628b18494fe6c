namespace EthicsBot.Content.Validation;

using System.Globalization;
using EthicsBot.Content.Loading;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

/// <summary>
/// Warnings when a topic, or the bank, can be scored without knowing the rules. They are warnings for an admin's
/// edit (one long key is not an error); the shipped bank is held to the limits by its tests.
/// </summary>
internal static class ItemWritingRules
{
    public static void Check(ContentCatalog catalog, IReadOnlyDictionary<string, SourceMark> marks, ContentDiagnostics diagnostics)
    {
        var all = catalog.AllQuestions;
        if (all.Count < ItemWriting.MinQuestionsMeasured)
        {
            return;
        }

        foreach (var locale in new[] { Locale.Vi, Locale.En })
        {
            var name = locale == Locale.Vi ? "vi" : "en";
            foreach (var topic in all.GroupBy(q => q.TopicId, StringComparer.Ordinal).Where(g => g.Count() >= ItemWriting.MinQuestionsMeasured))
            {
                var stats = ItemWriting.Measure([.. topic], locale);
                var at = marks[topic.First().Id];
                if (stats.KeyLongestShare > ItemWriting.MaxKeyLongestShareInTopic)
                {
                    diagnostics.Warning(at, $"topic '{topic.Key}' ({name}): the key is the longest option in {Percent(stats.KeyLongestShare)} of questions (at most {Percent(ItemWriting.MaxKeyLongestShareInTopic)})");
                }

                if (stats.MedianKeyRatio > ItemWriting.MaxMedianKeyRatio)
                {
                    diagnostics.Warning(at, $"topic '{topic.Key}' ({name}): keys are a median {stats.MedianKeyRatio.ToString("0.00", CultureInfo.InvariantCulture)}× as long as the other options (at most {ItemWriting.MaxMedianKeyRatio.ToString("0.00", CultureInfo.InvariantCulture)})");
                }
            }

            var bank = ItemWriting.Measure(all, locale);
            var first = marks[all[0].Id];
            if (bank.KeyLongestShare > ItemWriting.MaxKeyLongestShare)
            {
                diagnostics.Warning(first, $"bank ({name}): the key is the longest option in {Percent(bank.KeyLongestShare)} of questions (at most {Percent(ItemWriting.MaxKeyLongestShare)})");
            }

            foreach (var cue in bank.Giveaways.Where(g => g.IsCue))
            {
                diagnostics.Warning(first, $"bank ({name}): options with '{cue.Pattern}' are {(cue.Keys == 0 ? "never" : "always")} the key ({cue.Options} options); a learner can score on the word alone");
            }
        }
    }

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);
}

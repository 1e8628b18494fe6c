namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;

/// <summary>Runs every rule of content/README.md ("Rules the validator enforces") over the parsed content.</summary>
internal static class ContentValidator
{
    public static void Validate(RawContent raw, ContentDiagnostics diagnostics, bool advice = true)
    {
        var topicIds = raw.Topics is null ? null : TopicRules.Check(raw.Topics, diagnostics);
        var registry = raw.Documents is null ? null : RegistryRules.Check(raw.Documents, diagnostics);
        QuestionRules.Check(raw, topicIds, diagnostics);
        ObjectiveRules.Check(raw.Questions, diagnostics);
        // The rules of one question read only that question (and the registry); a large bank checks them in parallel,
        // each slice into its own diagnostics, taken back in bank order so messages never depend on timing.
        var slices = raw.Questions.Chunk(Math.Max(64, (raw.Questions.Count / (4 * Environment.ProcessorCount)) + 1)).ToArray();
        var found = new ContentDiagnostics[slices.Length];
        Parallel.For(0, slices.Length, s =>
        {
            var own = new ContentDiagnostics();
            foreach (var question in slices[s])
            {
                OptionRules.Check(question, own);
                SpellingRules.Check(question, own);
                ReferenceRules.Check(question, registry, own);
            }

            found[s] = own;
        });
        foreach (var own in found)
        {
            diagnostics.Absorb(own);
        }

        foreach (var text in (raw.Topics ?? []).SelectMany(t => new[] { t.Name, t.Description }).Concat((raw.Documents ?? []).Select(d => d.Title)))
        {
            SpellingRules.Check(text, diagnostics);
        }

        if (advice)
        {
            NearDuplicateStems.Check(raw.Questions, diagnostics);
        }

        CalendarRules.Check(raw.Calendar, diagnostics);
        UnitRules.Check(raw.Units, diagnostics);
    }
}

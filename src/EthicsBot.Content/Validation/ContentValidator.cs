namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;

/// <summary>Runs every rule of content/README.md ("Rules the validator enforces") over the parsed content.</summary>
internal static class ContentValidator
{
    public static void Validate(RawContent raw, ContentDiagnostics diagnostics)
    {
        var topicIds = raw.Topics is null ? null : TopicRules.Check(raw.Topics, diagnostics);
        var registry = raw.Documents is null ? null : RegistryRules.Check(raw.Documents, diagnostics);
        QuestionRules.Check(raw, topicIds, diagnostics);
        ObjectiveRules.Check(raw.Questions, diagnostics);
        foreach (var question in raw.Questions)
        {
            OptionRules.Check(question, diagnostics);
            SpellingRules.Check(question, diagnostics);
            ReferenceRules.Check(question, registry, diagnostics);
        }

        foreach (var text in (raw.Topics ?? []).SelectMany(t => new[] { t.Name, t.Description }).Concat((raw.Documents ?? []).Select(d => d.Title)))
        {
            SpellingRules.Check(text, diagnostics);
        }

        NearDuplicateStems.Check(raw.Questions, diagnostics);
        CalendarRules.Check(raw.Calendar, diagnostics);
        UnitRules.Check(raw.Units, diagnostics);
    }
}

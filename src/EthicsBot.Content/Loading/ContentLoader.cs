namespace EthicsBot.Content.Loading;

using EthicsBot.Content.Catalog;
using EthicsBot.Content.Validation;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Loads a content folder (topics.yaml, references.yaml, calendar.yaml, questions/**/*.yaml), validates it
/// and builds the catalog. Never throws for bad content: every problem comes back as one error.
/// </summary>
public static class ContentLoader
{
    /// <param name="directory">The content folder.</param>
    /// <param name="advice">
    /// Also run the advisory checks (near-duplicate stems, item writing), which only ever warn. They are a third of the
    /// time on a large bank and nothing the bot needs to serve, so its start skips them; authors get them from
    /// <c>content validate</c> and from every reload.
    /// </param>
    public static ContentLoadResult Load(string directory, bool advice = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var diagnostics = new ContentDiagnostics();
        var files = ContentFiles.Read(directory, diagnostics);
        var raw = Parse(files, diagnostics);
        ContentValidator.Validate(raw, diagnostics, advice);
        if (raw.Questions.Count == 0 && files.Count > 0)
        {
            diagnostics.Warning(SourceMark.FileStart(files[0].DisplayPath), "the bank has no questions (questions/*.yaml)");
        }

        if (diagnostics.HasErrors)
        {
            return new ContentLoadResult { Errors = diagnostics.Errors, Warnings = diagnostics.Warnings };
        }

        var catalog = CatalogBuilder.Build(raw, ContentVersion.Compute(files));
        var marks = raw.Questions.Where(q => q.Id is not null).GroupBy(q => q.Id!.Value)
            .ToDictionary(g => g.Key, g => g.First().Id!.At, StringComparer.Ordinal);
        if (advice)
        {
            ItemWritingRules.Check(catalog, marks, diagnostics);
        }

        return new ContentLoadResult
        {
            Catalog = catalog,
            Errors = [],
            Warnings = diagnostics.Warnings,
            QuestionPositions = marks.ToDictionary(m => m.Key, m => new ContentPosition(m.Value.Path, m.Value.Line, m.Value.Column), StringComparer.Ordinal),
        };
    }

    private static RawContent Parse(IReadOnlyList<ContentFile> files, ContentDiagnostics diagnostics)
    {
        var raw = new RawContent();
        var questions = new List<RawQuestion>();
        var fileTopics = new List<RawScalar>();
        var documents = new List<RawDocument>();
        var registryRead = false;
        // YAML parsing is most of the loading time for a large bank and files are independent: parse them in parallel,
        // each with its own diagnostics, then take them in file order so messages and the catalog do not depend on timing.
        var roots = new (YamlNode? Root, ContentDiagnostics Diagnostics)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var own = new ContentDiagnostics();
            roots[i] = (YamlText.Parse(files[i], own), own);
        });
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            diagnostics.Absorb(roots[i].Diagnostics);
            if (roots[i].Root is not { } root)
            {
                continue;
            }

            var path = file.DisplayPath;
            if (ContentFiles.IsRegistry(file))
            {
                var parsed = RegistryParser.Parse(root, path, diagnostics);
                registryRead |= parsed is not null && file.Name == ContentFiles.Registry;
                documents.AddRange(parsed ?? []);
                continue;
            }

            switch (file.Name)
            {
                case ContentFiles.Topics:
                    raw = raw with { Topics = TopicsParser.Parse(root, path, diagnostics) };
                    break;
                case ContentFiles.Calendar:
                    raw = raw with { Calendar = CalendarParser.Parse(root, path, diagnostics) };
                    break;
                case ContentFiles.Units:
                    raw = raw with { Units = UnitsParser.Parse(root, path, diagnostics) };
                    break;
                default:
                    var (topic, parsed) = QuestionFileParser.Parse(root, path, diagnostics);
                    questions.AddRange(parsed);
                    if (topic is not null)
                    {
                        fileTopics.Add(topic);
                    }

                    break;
            }
        }

        return raw with { Questions = questions, QuestionFileTopics = fileTopics, Documents = registryRead ? documents : null };
    }
}

namespace EthicsBot.Content.Workbook;

using System.Text;
using EthicsBot.Content.Catalog;
using EthicsBot.Content.Loading;
using EthicsBot.Domain.Content;

/// <summary>
/// Turns a workbook into questions/*.yaml in the shipped layout: one file per topic, questions in row order. An
/// unchanged question keeps its text as it was; a changed or new one is written by <see cref="QuestionYaml"/>.
/// The result is validated as a whole content folder (in a scratch copy) before anything is written, and each
/// validator error is pointed back at the row and column it came from.
/// </summary>
public static class BankImporter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static BankImportPlan Plan(string contentDir, Stream workbook, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentDir);
        var read = BankWorkbookReader.Read(workbook, fileName);
        if (read.Errors.Count > 0)
        {
            return new BankImportPlan { Errors = read.Errors };
        }

        var current = ContentLoader.Load(contentDir).Catalog;
        var existing = current?.AllQuestions.ToDictionary(q => q.Id, StringComparer.Ordinal) ?? [];
        var scanned = QuestionFile.Scan(contentDir);
        var layouts = Layout(scanned, read.Questions, existing);
        var changes = layouts.Select(l => new BankFileChange(l.Path, l.Before, l.After)).Where(c => c.Before != c.After).ToList();
        changes.AddRange(UnitsYaml.Change(contentDir, read.Units, current?.Units) is { } units ? [units] : []);
        var ids = read.Questions.Select(q => q.Question.Id).ToHashSet(StringComparer.Ordinal);
        var known = current is null ? scanned.SelectMany(f => f.Slices.Select(s => s.Id)).ToHashSet(StringComparer.Ordinal) : [.. existing.Keys];
        var plan = new BankImportPlan
        {
            Errors = [],
            Files = changes,
            Added = [.. read.Questions.Select(q => q.Question.Id).Where(id => !known.Contains(id))],
            Changed = [.. read.Questions.Where(q => known.Contains(q.Question.Id) && !Unchanged(q.Question, existing)).Select(q => q.Question.Id)],
            Removed = [.. (current?.AllQuestions.Select(q => q.Id) ?? known).Where(id => !ids.Contains(id))],
            UnitsChanged = UnitsYaml.Count(read.Units, current?.Units),
        };
        return Validate(contentDir, plan, layouts, read);
    }

    /// <summary>
    /// Writes the plan's files. Refuses (and writes nothing) when a file is no longer what the plan was made from, so
    /// an edit made between preview and apply is never overwritten unseen. Returns the paths that had changed.
    /// </summary>
    public static IReadOnlyList<string> Apply(string contentDir, IReadOnlyList<BankFileChange> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var stale = files.Where(f => Read(contentDir, f.Path) != f.Before).Select(f => f.Path).ToList();
        if (stale.Count > 0)
        {
            return stale;
        }

        foreach (var file in files)
        {
            Write(contentDir, file.Path, file.After);
        }

        return [];
    }

    /// <summary>Puts every file back as it was before <paramref name="files"/> were applied.</summary>
    public static IReadOnlyList<string> Revert(string contentDir, IReadOnlyList<BankFileChange> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Apply(contentDir, [.. files.Select(f => new BankFileChange(f.Path, f.After, f.Before))]);
    }

    private static bool Unchanged(Question q, Dictionary<string, Question> existing) =>
        existing.TryGetValue(q.Id, out var old) && old.TopicId == q.TopicId && QuestionYaml.Write(old).Text == QuestionYaml.Write(q).Text;

    private static List<FileLayout> Layout(IReadOnlyList<QuestionFile> scanned, IReadOnlyList<WorkbookQuestion> questions, Dictionary<string, Question> existing)
    {
        var layouts = new List<FileLayout>();
        var byTopic = questions.GroupBy(q => q.Question.TopicId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var file in scanned)
        {
            var mine = file.Topic is not null && byTopic.Remove(file.Topic, out var list) ? list : null;
            layouts.Add(mine is null ? new FileLayout(file.Path, file.Text, null, []) : Compose(file.Path, file, mine, existing));
        }

        foreach (var (topic, list) in byTopic)
        {
            layouts.Add(Compose($"{ContentFolders.Questions}/{topic}.yaml", null, list, existing));
        }

        return layouts;
    }

    private static FileLayout Compose(string path, QuestionFile? file, List<WorkbookQuestion> questions, Dictionary<string, Question> existing)
    {
        var slices = file?.Slices.ToDictionary(s => s.Id, s => s.Slice, StringComparer.Ordinal) ?? [];
        var text = new StringBuilder(file?.Header ?? $"topic: {questions[0].Question.TopicId}\nquestions:\n");
        var blocks = new List<PlacedBlock>();
        string? last = null;
        var lastWritten = false;
        foreach (var q in questions)
        {
            QuestionBlock? written = null;
            if (!(Unchanged(q.Question, existing) && slices.TryGetValue(q.Question.Id, out var slice)))
            {
                written = QuestionYaml.Write(q.Question);
                slice = written.Text;
            }

            // Kept slices stay as they were; a newly written question gets a blank line on each side.
            if (last is not null && !last.EndsWith('\n'))
            {
                text.Append('\n');
            }

            if (last is not null && (written is not null || lastWritten) && !last.EndsWith("\n\n", StringComparison.Ordinal))
            {
                text.Append('\n');
            }

            var line = Lines(text) + 1;
            last = slice;
            lastWritten = written is not null;

            blocks.Add(new PlacedBlock(line, Lines(last), q.Row, written));
            text.Append(last);
        }

        var after = text.ToString();
        // A file whose last question moved keeps no trailing blank lines.
        if (file is null || file.Slices.Count == 0 || !ReferenceEquals(last, file.Slices[^1].Slice))
        {
            after = after.TrimEnd('\n') + "\n";
        }

        return new FileLayout(path, file?.Text, after, blocks);
    }

    private static BankImportPlan Validate(string contentDir, BankImportPlan plan, List<FileLayout> layouts, WorkbookReadResult read)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "ethicsbot-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            Copy(contentDir, scratch);
            foreach (var file in plan.Files)
            {
                Write(scratch, file.Path, file.After);
            }

            var result = ContentLoader.Load(scratch);
            if (result.Errors.Count == 0)
            {
                return plan with { VersionAfter = result.Catalog!.Version };
            }

            return new BankImportPlan { Errors = [.. result.Errors.Select(e => Locate(e, scratch, layouts, read))] };
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    // A validator error in a question the workbook wrote names its row and, where the line is known, its column.
    private static string Locate(ContentError error, string scratch, List<FileLayout> layouts, WorkbookReadResult read)
    {
        var path = Path.GetRelativePath(scratch, error.Path).Replace('\\', '/');
        if (path == ContentFiles.Units && read.Units?.Locate(error.Line) is { } cell)
        {
            return $"{cell}: {error.Message}";
        }

        var blocks = layouts.FirstOrDefault(l => l.Path == path)?.Blocks ?? [];
        var block = blocks.FirstOrDefault(b => error.Line >= b.Line && error.Line < b.Line + b.Lines);
        if (read.Locate is not null && block is null && blocks.Count > 0 && error.Line < blocks[0].Line)
        {
            // The file's header holds only the topic, which the file's questions share: point at the first of them.
            return $"{read.Locate(BankColumns.Topic, blocks[0].Row)}: {error.Message}";
        }

        if (block is null || read.Locate is null)
        {
            return $"{path}:{error.Line}:{error.Column}: {error.Message}";
        }

        var column = block.Written?.LineColumns[error.Line - block.Line] ?? BankColumns.Id;
        return $"{read.Locate(column, block.Row)}: {error.Message}";
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string? Read(string dir, string path)
    {
        var full = Path.Combine(dir, path);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }

    // Write beside the file and move over it, so a reader (the watcher, a reload) never sees half a file.
    private static void Write(string dir, string path, string? text)
    {
        var full = Path.Combine(dir, path);
        if (text is null)
        {
            File.Delete(full);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".writing");
        File.WriteAllText(temp, text, Utf8);
        File.Move(temp, full, overwrite: true);
    }

    private static int Lines(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += chunk.Span.Count('\n');
        }

        return count;
    }

    private static int Lines(string text) => text.Count(c => c == '\n');

    private sealed record PlacedBlock(int Line, int Lines, int Row, QuestionBlock? Written);

    private sealed record FileLayout(string Path, string? Before, string? After, IReadOnlyList<PlacedBlock> Blocks);
}

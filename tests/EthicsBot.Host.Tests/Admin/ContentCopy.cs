namespace EthicsBot.Host.Tests.Admin;

using EthicsBot.Host.Tests.Fakes;

/// <summary>A scratch copy of the shipped content folder that a test may edit under the running bot.</summary>
internal sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        var source = Path.Combine(BotHostFactory.RepositoryRoot, "content");
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "ethicsbot-content-" + Guid.NewGuid().ToString("N"));

    public string Topics => Path.Combine(Directory, "topics.yaml");

    /// <summary>A valid edit that changes the content version: one topic's Vietnamese name gets a suffix.</summary>
    public async Task RenameTopicAsync(string suffix)
    {
        var text = await File.ReadAllTextAsync(Topics);
        var start = text.IndexOf("vi: Ứng xử trên mạng xã hội", StringComparison.Ordinal) + "vi: Ứng xử trên mạng xã hội".Length;
        var end = text.IndexOf('\n', start);
        await File.WriteAllTextAsync(Topics, text[..start] + suffix + text[end..]);
    }

    /// <summary>Cuts a question out of its file, from its "  - id:" line to the next question's.</summary>
    public async Task RemoveQuestionAsync(string id)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "questions")))
        {
            var text = await File.ReadAllTextAsync(file);
            var start = text.IndexOf($"\n  - id: {id}\n", StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var end = text.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal);
            await File.WriteAllTextAsync(file, text[..(start + 1)] + (end < 0 ? string.Empty : text[(end + 1)..]));
            return;
        }

        throw new InvalidOperationException($"question {id} not found");
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}

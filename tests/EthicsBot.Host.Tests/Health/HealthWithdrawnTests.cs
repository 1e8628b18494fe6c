namespace EthicsBot.Host.Tests.Health;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Fakes;

/// <summary>A law that stops applying withdraws its questions; the bot stays up and /healthz counts them.</summary>
public sealed class HealthWithdrawnTests : IDisposable
{
    private const string Registry = """
        documents:
          - id: test-repealed-decree
            number: 1/2019/NĐ-CP
            title: { vi: Nghị định đã bãi bỏ, en: Repealed decree }
            effective: 2019-01-01
            superseded_on: 2020-01-01
        """;

    private const string Question = """
        topic: social-media
        questions:
          - id: zz-001
            difficulty: 1
            kind: single
            objective: zz-withdrawn-probe
            answer: a
            references:
              - doc: test-repealed-decree
                article: "3"
            vi:
              stem: Câu hỏi thử dựa trên một nghị định đã hết hiệu lực từ lâu?
              options:
                - { id: a, text: Phương án thứ nhất, feedback: Giải thích thứ nhất. }
                - { id: b, text: Phương án thứ hai, feedback: Giải thích thứ hai. }
                - { id: c, text: Phương án thứ ba, feedback: Giải thích thứ ba. }
              explanation: Chỉ dùng để kiểm tra việc rút câu hỏi.
            en:
              stem: A probe question resting on a decree repealed long ago?
              options:
                - { id: a, text: First option, feedback: First reason. }
                - { id: b, text: Second option, feedback: Second reason. }
                - { id: c, text: Third option, feedback: Third reason. }
              explanation: Only used to check withdrawal.
        """;

    private readonly string contentDir = Path.Combine(Path.GetTempPath(), "ethicsbot-withdrawn-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(contentDir, recursive: true);

    [Fact]
    public async Task GetHealthz_QuestionOnRepealedLaw_IsCountedAsWithdrawnAndBotStaysHealthy()
    {
        Copy(Path.Combine(BotHostFactory.RepositoryRoot, "content"), contentDir);
        Directory.CreateDirectory(Path.Combine(contentDir, "references"));
        await File.WriteAllTextAsync(Path.Combine(contentDir, "references", "zz-test.yaml"), Registry + "\n");
        await File.WriteAllTextAsync(Path.Combine(contentDir, "questions", "zz-test.yaml"), Question + "\n");
        await using var factory = new BotHostFactory();
        factory.Settings["Content:Path"] = contentDir;
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var withdrawn = (await response.Content.ReadFromJsonAsync<JsonObject>())!["withdrawn"]!;
        Assert.Equal(1, (int?)withdrawn["count"]);
        Assert.Equal("zz-001", (string?)withdrawn["ids"]![0]);
        Assert.NotNull((string?)withdrawn["asOf"]);
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
}

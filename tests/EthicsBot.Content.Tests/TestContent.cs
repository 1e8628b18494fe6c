namespace EthicsBot.Content.Tests;

using EthicsBot.Content.Loading;

/// <summary>
/// A small valid content folder in a temp directory. Tests replace one file (or one line of it) and assert
/// the errors, printed relative to the folder: "questions/q.yaml:4:17: ...".
/// </summary>
public sealed class TestContent : IDisposable
{
    public const string Topics = """
        topics:
          - id: social-media
            name: { vi: Ứng xử trên mạng xã hội, en: Conduct on social networks }
            description: { vi: Đăng và chia sẻ, en: Posting and sharing }
            aliases: [mxh, social]
          - id: integrity
            name: { vi: Liêm chính, en: Integrity }
            description: { vi: Quà tặng và xung đột lợi ích, en: Gifts and conflicts of interest }
        """;

    public const string References = """
        documents:
          - id: law-new
            number: 80/2025/QH15
            title: { vi: Luật mới, en: New law }
            issued: 2025-06-24
            effective: 2025-07-01
          - id: law-old
            number: 22/2008/QH12
            title: { vi: Luật cũ, en: Old law }
            effective: 2010-01-01
            replaced_by: law-new
            superseded_on: 2025-07-01
        """;

    public const string Calendar = """
        timezone: Asia/Ho_Chi_Minh
        holidays:
          - date: 2026-01-01
            name: { vi: Tết Dương lịch, en: New Year's Day }
          - from: 2026-02-14
            to: 2026-02-22
            name: { vi: Tết Nguyên đán, en: Lunar New Year }
        makeup_workdays:
          - date: 2026-01-10
            name: { vi: Làm bù, en: Make-up working day }
        """;

    /// <summary>questions/q.yaml. Line numbers matter: tests point at them.</summary>
    public const string Question = """
        topic: social-media
        questions:
          - id: sm-001
            difficulty: 1
            kind: single
            answer: b
            references:
              - doc: law-new
                article: "14"
            vi:
              stem: Chị Lan thấy một bài đăng sai sự thật về phường trên nhóm Zalo cơ quan. Chị nên làm gì?
              options:
                - id: a
                  text: Chia sẻ ngay cho mọi người
                  feedback: Sai, thông tin chưa được kiểm chứng.
                - id: b
                  text: Báo cáo lãnh đạo phụ trách
                  feedback: Đúng, lãnh đạo quyết định việc cải chính.
                - id: c
                  text: Bình luận phản bác
                  feedback: Sai, dễ gây tranh cãi trên mạng.
              explanation: Chỉ chia sẻ thông tin đã được kiểm chứng và báo cáo thông tin sai.
            en:
              stem: Lan sees a false post about the ward in the office Zalo group. What should she do?
              options:
                - id: a
                  text: Share it with everyone at once
                  feedback: Wrong, the information is unverified.
                - id: b
                  text: Report it to the manager in charge
                  feedback: Right, the manager decides on a correction.
                - id: c
                  text: Argue in the comments
                  feedback: Wrong, it starts a quarrel online.
              explanation: Share only verified information and report false information.
            objective: report-false-posts
        """;

    /// <summary>questions/dilemmas/d.yaml, one folder down so the loader must recurse.</summary>
    public const string Dilemma = """
        topic: integrity
        questions:
          - id: in-001
            difficulty: 2
            kind: dilemma
            grades: { a: best, b: acceptable, c: wrong, d: wrong }
            references:
              - doc: law-new
                article: "20"
                clause: "1"
            vi:
              stem: Một doanh nghiệp đang chờ cấp phép gửi giỏ quà Tết đến nhà anh Minh qua dịch vụ giao hàng.
              options:
                - { id: a, text: Từ chối nhận và báo cáo, feedback: Tốt nhất theo quy định. }
                - { id: b, text: Nhận rồi nộp lại ngay, feedback: Chấp nhận được nếu không từ chối được. }
                - { id: c, text: Nhận vì là quà Tết, feedback: Sai vì doanh nghiệp có liên quan. }
                - { id: d, text: Chia cho đồng nghiệp, feedback: Sai vì vẫn là nhận quà. }
              explanation: Không nhận quà của người có liên quan đến công việc mình giải quyết.
            en:
              stem: A firm awaiting a permit has a Tết gift basket delivered to Minh's home.
              options:
                - { id: a, text: Refuse it and report, feedback: Best as the rules require. }
                - { id: b, text: Accept then hand it in at once, feedback: Acceptable if refusing was impossible. }
                - { id: c, text: Keep it since it is Tết, feedback: Wrong as the firm has business with him. }
                - { id: d, text: Share it with colleagues, feedback: Wrong as it is still accepting a gift. }
              explanation: Do not accept gifts from people whose matters you handle.
            objective: gift-refuse-first
        """;

    public TestContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "ethicsbot-content-" + Guid.NewGuid().ToString("N"));
        Write("topics.yaml", Topics);
        Write("references.yaml", References);
        Write("calendar.yaml", Calendar);
        Write("questions/q.yaml", Question);
        Write("questions/dilemmas/d.yaml", Dilemma);
    }

    public string Root { get; }

    public TestContent Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text + "\n");
        return this;
    }

    /// <summary>Rewrites a file with one exact piece of text replaced; fails loudly if the piece is not there.</summary>
    public TestContent Replace(string name, string original, string replacement)
    {
        var path = Path.Combine(Root, name);
        var text = File.ReadAllText(path);
        Assert.Contains(original, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(original, replacement, StringComparison.Ordinal));
        return this;
    }

    public void Delete(string name) => File.Delete(Path.Combine(Root, name));

    public ContentLoadResult Load() => ContentLoader.Load(Root);

    /// <summary>Errors as printed, with the temp folder cut off the front.</summary>
    public IReadOnlyList<string> Errors() => Relative(Load().Errors);

    public IReadOnlyList<string> Warnings() => Relative(Load().Warnings);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private List<string> Relative(IReadOnlyList<ContentError> errors) =>
        [.. errors.Select(e => e.ToString().Replace(Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal))];
}

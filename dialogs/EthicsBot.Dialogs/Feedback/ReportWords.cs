namespace EthicsBot.Dialogs.Feedback;

using EthicsBot.Dialogs.Routing;
using EthicsBot.Persistence.Feedback;

/// <summary>
/// "báo lỗi [lý do] [ghi chú]" / "report [reason] [note]", the typed way to report the last answered question,
/// and the reason codes a card's choice set sends.
/// </summary>
public static class ReportWords
{
    // Longest first: "bao loi cau hoi" must win over "bao loi".
    public static readonly string[] Prefixes = ["bao loi cau hoi", "bao loi", "report a problem", "report"];

    private static readonly (string Words, ReportReason Reason)[] Reasons =
    [
        ("het hieu luc", ReportReason.OutdatedLaw), ("luat cu", ReportReason.OutdatedLaw), ("loi thoi", ReportReason.OutdatedLaw),
        ("outdated law", ReportReason.OutdatedLaw), ("outdated", ReportReason.OutdatedLaw),
        ("sai dap an", ReportReason.WrongAnswer), ("dap an sai", ReportReason.WrongAnswer), ("wrong answer", ReportReason.WrongAnswer),
        ("wrong", ReportReason.WrongAnswer), ("sai", ReportReason.WrongAnswer),
        ("kho hieu", ReportReason.Unclear), ("khong ro", ReportReason.Unclear), ("unclear", ReportReason.Unclear),
        ("khac", ReportReason.Other), ("other", ReportReason.Other),
    ];

    /// <summary>The codes a card sends, in the order the card lists them.</summary>
    public static IReadOnlyList<(string Code, ReportReason Reason)> Codes { get; } =
        [("outdated-law", ReportReason.OutdatedLaw), ("wrong-answer", ReportReason.WrongAnswer), ("unclear", ReportReason.Unclear), ("other", ReportReason.Other)];

    public static ReportReason? FromCode(string? code) => Codes.FirstOrDefault(c => c.Code == code) is { Code: not null } found ? found.Reason : null;

    /// <summary>The typed report, or null when the text is not one. A report without a reason has a null reason.</summary>
    public static ReportCommand? Parse(TypedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prefix = Prefixes.FirstOrDefault(p => text.Words == p || text.Words.StartsWith(p + " ", StringComparison.Ordinal));
        if (prefix is null)
        {
            return null;
        }

        var rest = text.Words[prefix.Length..].Trim();
        if (rest.Length == 0)
        {
            return new ReportCommand(null, null);
        }

        var match = Reasons.FirstOrDefault(r => rest == r.Words || rest.StartsWith(r.Words + " ", StringComparison.Ordinal));
        var consumed = Count(prefix) + (match.Words is null ? 0 : Count(match.Words));
        // The note keeps the learner's own spelling: the original words after the command and the reason.
        var note = string.Join(' ', text.Original.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(consumed));
        return new ReportCommand(match.Words is null ? ReportReason.Other : match.Reason, note.Length == 0 ? null : note);
    }

    private static int Count(string words) => words.Split(' ').Length;
}

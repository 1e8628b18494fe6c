namespace EthicsBot.Host.Health;

public sealed record QuestionCounts(int Vi, int En);

/// <summary>Questions held back because the law they rest on is not in force on <paramref name="AsOf"/>.</summary>
public sealed record WithdrawnCounts(int Count, DateOnly? AsOf, IReadOnlyList<string> Ids);

public sealed record HealthReport(string Status, string ContentVersion, QuestionCounts Questions, int Topics, string Database, WithdrawnCounts Withdrawn);

namespace EthicsBot.Host.Health;

public sealed record QuestionCounts(int Vi, int En);

/// <summary>Questions held back because the law they rest on is not in force on <paramref name="AsOf"/>.</summary>
public sealed record WithdrawnCounts(int Count, DateOnly? AsOf, IReadOnlyList<string> Ids);

/// <param name="Provider">The store in use (Sqlite or Postgres), so an operator sees which database the instance talks to.</param>
public sealed record HealthReport(
    string Status, string ContentVersion, QuestionCounts Questions, int Topics, string Database, string Provider, WithdrawnCounts Withdrawn);

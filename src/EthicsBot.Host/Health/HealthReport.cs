namespace EthicsBot.Host.Health;

public sealed record QuestionCounts(int Vi, int En);

public sealed record HealthReport(string Status, string ContentVersion, QuestionCounts Questions, int Topics, string Database);

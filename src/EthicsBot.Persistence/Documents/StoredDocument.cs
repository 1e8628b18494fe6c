namespace EthicsBot.Persistence.Documents;

/// <summary>A JSON document with its ETag; backs Bot Builder's IStorage without referencing the bot SDK here.</summary>
public sealed record StoredDocument(string Key, string Json, string ETag);

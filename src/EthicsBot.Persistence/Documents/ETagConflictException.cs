namespace EthicsBot.Persistence.Documents;

public sealed class ETagConflictException(string key)
    : Exception($"The document '{key}' was changed by another writer.")
{
    public string Key { get; } = key;
}

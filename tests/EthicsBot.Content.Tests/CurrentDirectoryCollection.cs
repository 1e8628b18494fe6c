namespace EthicsBot.Content.Tests;

/// <summary>
/// Tests that change the process's current directory. Error paths are printed relative to it, so these
/// run alone, never beside another test that loads content.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentDirectoryCollection
{
    public const string Name = "Current directory";
}

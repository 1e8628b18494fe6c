namespace EthicsBot.Host.Tests.Configuration;

using EthicsBot.Host.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Hosting;
using Moq;

public sealed class SettingsFilesTests
{
    [Fact]
    public void AddBesideTheBinary_StartedFromAFolderWithoutSettings_ReadsTheFileNextToTheBinaryFirst()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Urls"] = "http://localhost:5555" });

        SettingsFiles.AddBesideTheBinary(configuration, Environment(Path.GetTempPath()));

        var first = Assert.IsType<JsonConfigurationSource>(((IConfigurationBuilder)configuration).Sources[0]);
        Assert.Equal("appsettings.json", first.Path);
        Assert.Equal("Warning", configuration["Logging:LogLevel:Microsoft.AspNetCore"]);
        // Later sources (environment, arguments) still win.
        Assert.Equal("http://localhost:5555", configuration["Urls"]);
    }

    [Fact]
    public void AddBesideTheBinary_ContentRootHasSettings_AddsNothing()
    {
        var configuration = new ConfigurationManager();
        var before = ((IConfigurationBuilder)configuration).Sources.Count;

        SettingsFiles.AddBesideTheBinary(configuration, Environment(AppContext.BaseDirectory));

        Assert.Equal(before, ((IConfigurationBuilder)configuration).Sources.Count);
        Assert.DoesNotContain(((IConfigurationBuilder)configuration).Sources, s => s is JsonConfigurationSource);
    }

    private static IHostEnvironment Environment(string contentRoot)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(contentRoot);
        return environment.Object;
    }
}

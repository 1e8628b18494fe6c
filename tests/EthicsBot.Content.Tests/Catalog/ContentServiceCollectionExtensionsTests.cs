namespace EthicsBot.Content.Tests.Catalog;

using EthicsBot.Content.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

public sealed class ContentServiceCollectionExtensionsTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task AddContent_ValidContent_HostStartsAndServesOneProvider()
    {
        using var host = Build(o => o.Path = content.Root);

        await host.StartAsync();

        var provider = host.Services.GetRequiredService<ContentCatalogProvider>();
        Assert.Same(provider, host.Services.GetRequiredService<IContentCatalogProvider>());
        Assert.Equal(2, provider.Current.Questions.Count);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddContent_InvalidContent_HostRefusesToStartListingErrors()
    {
        content.Replace("questions/q.yaml", "    kind: single", "    kind: singel");
        using var host = Build(o => o.Path = content.Root);

        var ex = await Assert.ThrowsAsync<ContentLoadException>(() => host.StartAsync());

        Assert.Contains("q.yaml:5:11: kind 'singel' must be single or dilemma", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddContent_EmptyPath_FailsOptionsValidationAtStart()
    {
        using var host = Build(o => o.Path = string.Empty);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Path", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddContent_BindsPathFromConfiguration()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Content:Path"] = content.Root;
        builder.Services.AddContent();
        using var host = builder.Build();

        Assert.Equal(content.Root, host.Services.GetRequiredService<IOptions<ContentOptions>>().Value.Path);
        Assert.Equal(content.Root, host.Services.GetRequiredService<ContentCatalogProvider>().Directory);
    }

    private static IHost Build(Action<ContentOptions> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddContent(configure);
        return builder.Build();
    }
}

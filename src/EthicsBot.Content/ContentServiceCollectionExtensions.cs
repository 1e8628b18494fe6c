namespace EthicsBot.Content;

using EthicsBot.Content.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ContentOptions"/> (section "Content"), the <see cref="ContentCatalogProvider"/>
    /// singleton (also as <see cref="IContentCatalogProvider"/>), and a start-up check that loads the content
    /// while the host starts, so invalid content stops the host with every error listed.
    /// </summary>
    public static IServiceCollection AddContent(this IServiceCollection services, Action<ContentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(sp => new ContentCatalogProvider(
            ContentPath.Resolve(
                sp.GetRequiredService<IOptions<ContentOptions>>().Value.Path,
                sp.GetService<IHostEnvironment>()?.ContentRootPath),
            sp.GetService<ILogger<ContentCatalogProvider>>() ?? NullLogger<ContentCatalogProvider>.Instance,
            sp.GetService<TimeProvider>()));
        services.TryAddSingleton<IContentCatalogProvider>(sp => sp.GetRequiredService<ContentCatalogProvider>());
        services.AddHostedService<ContentStartupCheck>();
        return services;
    }
}

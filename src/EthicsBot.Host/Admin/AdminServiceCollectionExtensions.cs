namespace EthicsBot.Host.Admin;

using EthicsBot.Host.Admin.Audit;
using EthicsBot.Host.Admin.Content;
using EthicsBot.Host.Admin.Daily;
using EthicsBot.Host.Admin.Feedback;
using EthicsBot.Host.Admin.Page;
using Microsoft.Extensions.DependencyInjection.Extensions;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// The admin API's home: <see cref="AdminOptions"/> ("Admin") validated at start-up, the keyring, the audit trail,
    /// and the features built in here (content reload and workbook import, learners' reports, daily delivery, audit),
    /// with the content file watcher and the quarantine refresher they rely on. Other areas add theirs with
    /// <see cref="AddAdminFeature{T}"/>.
    /// </summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // A query value that does not bind (limit=abc) is a plain 400 in every environment: Development would
        // otherwise throw it to the developer exception page, which shows a stack trace.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddSingleton<AdminKeyring>();
        services.AddSingleton<AdminRequestBody>();
        services.AddSingleton<AdminAudit>();
        services.AddSingleton<ContentReloads>();
        services.AddSingleton<ContentImports>();
        services.AddHostedService<ContentWatcher>();
        services.AddHostedService<FeedbackQuarantineRefresher>();
        services.AddAdminFeature<ContentAdminEndpoints>();
        services.AddAdminFeature<ContentImportEndpoints>();
        services.AddAdminFeature<FeedbackAdminEndpoints>();
        services.AddAdminFeature<DailyAdminEndpoints>();
        services.AddAdminFeature<AuditAdminEndpoints>();
        return services;
    }

    /// <summary>Adds a feature's endpoints to the admin API (see <see cref="IAdminFeature"/>).</summary>
    public static IServiceCollection AddAdminFeature<T>(this IServiceCollection services)
        where T : class, IAdminFeature
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminFeature, T>());
        return services;
    }

    /// <summary>
    /// Maps /api/admin with every registered feature, and the admin page at /admin, when at least one admin key is
    /// configured; without a key neither exists (404).
    /// </summary>
    public static WebApplication MapAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var keyring = app.Services.GetRequiredService<AdminKeyring>();
        if (!keyring.Enabled)
        {
            return app;
        }

        // Filters run in the order added: errors outermost, then the key, the body size and the audit record.
        var admin = app.MapGroup("/api/admin")
            .AddEndpointFilter<AdminErrorFilter>()
            .AddEndpointFilter<AdminKeyFilter>()
            .AddEndpointFilter<AdminBodyLimitFilter>()
            .AddEndpointFilter<AdminAuditFilter>();
        var features = app.Services.GetServices<IAdminFeature>().ToList();
        foreach (var feature in features)
        {
            feature.Map(admin);
        }

        AdminPage.Map(app);
        AdminLog.Enabled(app.Logger, keyring.Count, features.Count);
        return app;
    }
}

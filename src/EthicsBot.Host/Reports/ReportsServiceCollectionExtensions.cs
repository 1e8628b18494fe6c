namespace EthicsBot.Host.Reports;

using EthicsBot.Host.Admin;
using EthicsBot.Host.Reports.Roster;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Units and reports: <see cref="ReportOptions"/> ("Reports") validated at start-up and the admin endpoints (roster,
    /// unit search, summary, xlsx, charts). Needs AddContent, AddPersistence and AddAdmin.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>()
            .BindConfiguration(ReportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ReportService>();
        services.AddSingleton<LeaderboardService>();
        services.AddSingleton<Completion.CompletionExport>();
        services.AddAdminFeature<UnitsAdminEndpoints>();
        services.AddAdminFeature<ReportsAdminEndpoints>();
        return services;
    }
}

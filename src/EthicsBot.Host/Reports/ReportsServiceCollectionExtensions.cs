namespace EthicsBot.Host.Reports;

using EthicsBot.Host.Admin;
using EthicsBot.Host.Reports.Roster;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Units and reports: <see cref="ReportOptions"/> ("Reports") validated at start-up and the admin endpoints (roster,
    /// unit search, summary, xlsx, charts, the leaderboard run) and the Monday leaderboard post to registered channels. Needs AddContent,
    /// AddPersistence, AddAdmin and AddDaily (the proactive sender and its rate limits).
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>()
            .BindConfiguration(ReportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ReportService>();
        services.AddSingleton<LeaderboardService>();
        services.AddSingleton<Leaderboards.WeeklyLeaderboardPoster>();
        services.AddHostedService<Leaderboards.WeeklyLeaderboardWorker>();
        services.AddSingleton<Completion.CompletionExport>();
        services.AddAdminFeature<UnitsAdminEndpoints>();
        services.AddAdminFeature<ReportsAdminEndpoints>();
        services.AddAdminFeature<Leaderboards.LeaderboardAdminEndpoints>();
        return services;
    }
}

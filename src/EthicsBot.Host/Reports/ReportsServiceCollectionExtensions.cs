namespace EthicsBot.Host.Reports;

using EthicsBot.Host.Daily.Admin;
using Microsoft.Extensions.Options;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Reports by unit with <see cref="ReportOptions"/> ("Reports") validated at start-up. Needs AddContent, AddPersistence, AddDaily.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>()
            .BindConfiguration(ReportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ReportService>();
        return services;
    }

    /// <summary>Maps the units and reports admin API when Admin:ApiKey is set.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value.Enabled)
        {
            ReportEndpoints.Map(endpoints);
        }

        return endpoints;
    }
}

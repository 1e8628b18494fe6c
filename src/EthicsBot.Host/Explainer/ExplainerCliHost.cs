namespace EthicsBot.Host.Explainer;

using EthicsBot.Content;
using EthicsBot.Dialogs;
using EthicsBot.Host.Configuration;
using EthicsBot.Host.Storage;

/// <summary>
/// The bot's services without the web server, for the explainer verbs: same settings (appsettings.json,
/// environment, --Section:Key=value), same content, database (migrated on start) and explainer.
/// </summary>
public static class ExplainerCliHost
{
    public static IHost Build(IEnumerable<string> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [.. settings] });
        SettingsFiles.AddBesideTheBinary(builder.Configuration, builder.Environment);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddContent();
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddDialogs();
        builder.Services.AddExplainer();
        return builder.Build();
    }

    /// <summary>"--Section:Key=value" arguments are settings; everything else belongs to the verb.</summary>
    public static bool IsSetting(string arg)
    {
        ArgumentNullException.ThrowIfNull(arg);
        return arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);
    }
}

namespace EthicsBot.Host.Configuration;

using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

public static class SettingsFiles
{
    /// <summary>
    /// The host reads appsettings.json from its content root, which is the folder it is started from. Started from
    /// anywhere else (a published host run as <c>dotnet /srv/bot/EthicsBot.Host.dll</c>), it found no settings and
    /// fell back to the framework's logging defaults, which log every request line. The file next to the binary is
    /// therefore read too, below every other source, so environment variables and arguments still win.
    /// </summary>
    public static void AddBesideTheBinary(IConfigurationManager configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var binary = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(environment.ContentRootPath, "appsettings.json"))
            || !File.Exists(Path.Combine(binary, "appsettings.json")))
        {
            return;
        }

        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(binary),
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
        });
    }
}

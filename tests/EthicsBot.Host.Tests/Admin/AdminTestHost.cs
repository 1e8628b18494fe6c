namespace EthicsBot.Host.Tests.Admin;

using System.Net.Http.Headers;
using EthicsBot.Host.Admin;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

/// <summary>
/// The real host with three admin keys (the legacy one as "default", a province key and a unit-scoped one) and the
/// <see cref="ProbeAdminFeature"/> mapped onto the admin group.
/// </summary>
internal sealed class AdminTestHost : IAsyncDisposable
{
    public const string LegacyKey = "legacy-admin-key-0123456789";
    public const string ProvinceKey = "province-admin-key-0123456789";
    public const string UnitKey = "unit-admin-key-0123456789";
    public const string Unit = "unit-hue";

    private readonly BotHostFactory root = new();

    public AdminTestHost(Action<IDictionary<string, string?>>? configure = null, string environment = "Testing", bool withKeys = true)
    {
        if (withKeys)
        {
            root.Settings["Admin:ApiKey"] = LegacyKey;
            root.Settings["Admin:Keys:province:Key"] = ProvinceKey;
            root.Settings["Admin:Keys:hue-youth:Key"] = UnitKey;
            root.Settings["Admin:Keys:hue-youth:Unit"] = Unit;
        }

        configure?.Invoke(root.Settings);
        App = root.WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .ConfigureTestServices(services => services.AddAdminFeature<ProbeAdminFeature>()));
    }

    public WebApplicationFactory<Program> App { get; }

    public HttpClient Client(string? key)
    {
        var client = App.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await root.DisposeAsync();
    }
}

namespace EthicsBot.FanOutBench;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

internal sealed record DayStatus(string Date, int Due, int Sent, int Pending, int Failed, int Unreachable);

/// <summary>The bot's admin API, as an operator would call it.</summary>
internal sealed class AdminClient(Uri botUrl, string apiKey) : IDisposable
{
    private HttpClient http = Client(botUrl, apiKey);

    /// <summary>Talks to another instance from now on (the first one was killed).</summary>
    public void Use(Uri url)
    {
        http.Dispose();
        http = Client(url, apiKey);
    }

    private static HttpClient Client(Uri url, string apiKey) => new()
    {
        BaseAddress = url,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", apiKey) },
        Timeout = TimeSpan.FromSeconds(60),
    };

    public Task<JsonObject> RunAllAsync() => RunAsync("api/admin/daily/run?all=true");

    public Task<JsonObject> RunDueAsync() => RunAsync("api/admin/daily/run");

    private async Task<JsonObject> RunAsync(string path)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<DayStatus> StatusAsync()
    {
        var body = (await http.GetFromJsonAsync<JsonObject>(new Uri("api/admin/daily/status", UriKind.Relative)))!;
        return new DayStatus((string)body["date"]!, (int)body["due"]!, (int)body["sent"]!, (int)body["pending"]!, (int)body["failed"]!,
            (int)body["unreachable"]!);
    }

    public void Dispose() => http.Dispose();
}

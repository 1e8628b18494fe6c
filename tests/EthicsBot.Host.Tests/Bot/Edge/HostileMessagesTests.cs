namespace EthicsBot.Host.Tests.Bot.Edge;

using System.Net;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>Odd text through the real host: every message gets a reply, and no log line carries what was typed.</summary>
public sealed class HostileMessagesTests : ConnectedHostTest
{
    private readonly CapturedLogs logs = new();

    [Fact]
    public async Task PostMessages_OddInputs_AllAnsweredAndNothingTypedIsLogged()
    {
        const string Marker = "SECRET-MARKER-4711 số điện thoại 0912345678";
        string[] inputs =
        [
            "daily \u0668:\u0663\u0660 " + Marker,
            "nhắc hằng ngày \uff18\uff1a\uff13\uff10",
            "tạm dừng 999999999999999999 ngày " + Marker,
            "\u202equiz\u202c " + Marker,
            "q\u0300\u0301u\u0323i\u0309z " + Marker,
            Marker + new string('x', 100_000),
        ];
        var client = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(logs))).CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var text in inputs)
        {
            statuses.Add((await client.PostAsync(Activities.Message(Connector.ServiceUrl, text))).StatusCode);
        }

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Accepted, $"status {(int)s}"));
        await Connector.WaitForAsync(inputs.Length);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("SECRET-MARKER", StringComparison.Ordinal) || l.Contains("0912345678", StringComparison.Ordinal));
    }
}

namespace EthicsBot.Host.Tests.Fakes;

using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

/// <summary>
/// A local Bot Connector identity service: the OpenID configuration and the endorsed signing keys Teams' tokens are
/// checked against, on loopback, plus a minter for tokens signed with its key (or with a stranger's key).
/// <see cref="Hang"/> makes it accept connections and never answer, as an identity service behind broken DNS or
/// a firewall would.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private readonly WebApplication app;
    private readonly RSA rsa = RSA.Create(2048);
    private readonly TaskCompletionSource never = new();

    private FakeIdentityProvider(WebApplication app) => this.app = app;

    public string MetadataUrl { get; private set; } = string.Empty;
    public string KeyId { get; } = "test-key-" + Guid.NewGuid().ToString("N")[..8];
    public bool Hang { get; set; }
    public int MetadataRequests { get; private set; }

    /// <summary>Client-credential token requests, as (client id, scope), in arrival order.</summary>
    public IReadOnlyList<(string ClientId, string Scope)> TokenRequests => [.. tokenRequests];

    private readonly System.Collections.Concurrent.ConcurrentQueue<(string ClientId, string Scope)> tokenRequests = new();

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // HTTPS like the real service: the Bot Framework refuses identity metadata over plain HTTP.
        using var certificate = SelfSigned();
        var usable = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx), null);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(usable)));
        var app = builder.Build();
        var provider = new FakeIdentityProvider(app);
        app.MapGet("/v1/.well-known/openidconfiguration", async (HttpContext context) =>
        {
            provider.MetadataRequests++;
            await provider.MaybeHangAsync(context);
            var root = app.Urls.First();
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = root + "/authorize",
                ["jwks_uri"] = root + "/v1/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            });
        });
        app.MapGet("/v1/keys", async (HttpContext context) =>
        {
            await provider.MaybeHangAsync(context);
            var parameters = provider.rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["kid"] = provider.KeyId,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                        ["endorsements"] = new[] { "msteams" },
                    },
                },
            });
        });
        // The Entra token endpoint the bot's MSAL credentials use for replies; each token names its request's order.
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            provider.tokenRequests.Enqueue((form["client_id"].ToString(), form["scope"].ToString()));
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = "channel-token-" + provider.tokenRequests.Count,
            });
        });
        await app.StartAsync();
        provider.MetadataUrl = app.Urls.First() + "/v1/.well-known/openidconfiguration";
        return provider;
    }

    /// <summary>A Bot Connector token for <paramref name="audience"/>, vouching for <paramref name="serviceUrl"/>.</summary>
    public string Mint(string audience, Uri serviceUrl, TimeSpan? lifetime = null, RSA? signWith = null, string? issuer = null)
    {
        var key = new RsaSecurityKey(signWith ?? rsa) { KeyId = KeyId };
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1);
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            NotBefore = expires < now ? expires.AddMinutes(-10) : now,
            IssuedAt = expires < now ? expires.AddMinutes(-10) : now,
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl.ToString())]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        never.TrySetResult();
        await app.StopAsync();
        await app.DisposeAsync();
        rsa.Dispose();
    }

    /// <summary>Test hosts trust this provider's self-signed certificate (and only test hosts use this handler).</summary>
    public static HttpMessageHandler TrustingHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    };

    /// <summary>
    /// A handler for test hosts that reaches this provider under the public cloud's own names (the Bot Framework's
    /// identity metadata and Entra's login), so a bot configured with nothing but an app id and password runs its
    /// real public-cloud code against it; every other host is connected as asked. Trusts the self-signed certificate.
    /// </summary>
    public HttpMessageHandler PublicCloudHandler()
    {
        var port = new Uri(app.Urls.First()).Port;
        return new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
            ConnectCallback = async (context, cancellationToken) =>
            {
                var target = context.DnsEndPoint.Host is "login.microsoftonline.com" or "login.botframework.com"
                    ? new DnsEndPoint("127.0.0.1", port)
                    : context.DnsEndPoint;
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(target, cancellationToken);
                    return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = TimeProvider.System.GetUtcNow();
        return request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
    }

    private async Task MaybeHangAsync(HttpContext context)
    {
        if (Hang)
        {
            await never.Task.WaitAsync(context.RequestAborted);
        }
    }
}

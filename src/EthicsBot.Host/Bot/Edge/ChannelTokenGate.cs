namespace EthicsBot.Host.Bot.Edge;

using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

/// <summary>
/// With an app id, every request to /api/messages must carry a Bot Connector token. The Bot Framework's own check
/// answers 500 for a malformed token and waits on the identity service for a well-formed one; this gate answers 401
/// at once for anything that is not a correctly signed, unexpired token for this bot, using keys fetched in the
/// background (<see cref="ChannelSigningKeys"/>). A token that passes goes on to the Bot Framework, which checks it
/// again together with the channel endorsements and the service-URL claim.
/// </summary>
public sealed class ChannelTokenGate(ChannelSigningKeys keys, IConfiguration configuration)
{
    /// <summary>Real Bot Connector tokens are about 1–2 KB.</summary>
    public const int MaxHeaderLength = 8 * 1024;
    public const string DefaultIssuer = "https://api.botframework.com";

    private readonly JsonWebTokenHandler handler = new();
    private readonly string appId = configuration["MicrosoftAppId"] ?? string.Empty;
    private readonly string issuer = configuration["ToBotFromChannelTokenIssuer"] is { Length: > 0 } configured ? configured : DefaultIssuer;

    public bool Enabled => appId.Length > 0;

    /// <summary>Null when the token may go on to the Bot Framework; otherwise a short reason that never quotes the token.</summary>
    public async Task<string?> RejectAsync(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "no bearer token";
        }

        if (authorization.Length > MaxHeaderLength)
        {
            return "token too long";
        }

        var token = authorization["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            return "malformed token";
        }

        JsonWebToken jwt;
        try
        {
            jwt = handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return "malformed token";
        }

        if (jwt.Alg != SecurityAlgorithms.RsaSha256)
        {
            return $"signing algorithm '{jwt.Alg}' is not RS256";
        }

        var signingKeys = keys.Current;
        if (signingKeys.Count == 0)
        {
            return "Bot Connector signing keys are not available yet";
        }

        if (!signingKeys.Any(k => k.KeyId == jwt.Kid))
        {
            // A rotated key is fetched in the background; this request is refused rather than made to wait.
            _ = keys.Refresh();
            return "unknown signing key";
        }

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = appId,
            IssuerSigningKeys = signingKeys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        });
        return result.IsValid ? null : $"invalid token ({result.Exception?.GetType().Name ?? "unknown reason"})";
    }
}

namespace EthicsBot.Host.Daily.Sending;

using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

/// <summary>
/// The CloudAdapter the daily engine sends through: the host's authentication with pooled connector clients, and no
/// OnTurnError, because a failed push is the engine's to retry and record, not a chat turn to apologise for.
/// </summary>
internal sealed class ProactiveAdapter(BotFrameworkAuthentication authentication, TimeProvider timeProvider, ILogger<ProactiveAdapter> logger)
    : CloudAdapter(new PooledConnectorAuthentication(authentication, timeProvider), logger);

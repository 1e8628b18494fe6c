namespace EthicsBot.Host.Daily.Sending;

using EthicsBot.Host.Bot.Connector;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

/// <summary>
/// The CloudAdapter the daily engine sends through: the host's pooled connector clients (shared with replies), and no
/// OnTurnError, because a failed push is the engine's to retry and record, not a chat turn to apologise for.
/// </summary>
internal sealed class ProactiveAdapter(PooledConnectorAuthentication authentication, ILogger<ProactiveAdapter> logger)
    : CloudAdapter(authentication, logger);

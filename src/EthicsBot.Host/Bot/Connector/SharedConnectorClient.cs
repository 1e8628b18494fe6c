namespace EthicsBot.Host.Bot.Connector;

using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

/// <summary>A pooled connector client seen through a handle whose Dispose does nothing; the pool owns the client.</summary>
internal sealed class SharedConnectorClient(IConnectorClient inner) : IConnectorClient
{
    public Uri BaseUri
    {
        get => inner.BaseUri;
        set => throw new NotSupportedException("A pooled connector client is shared; its base URI cannot change.");
    }

    public JsonSerializerSettings SerializationSettings => inner.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;

    public ServiceClientCredentials Credentials => inner.Credentials;

    public IAttachments Attachments => inner.Attachments;

    public IConversations Conversations => inner.Conversations;

    public void Dispose()
    {
    }
}

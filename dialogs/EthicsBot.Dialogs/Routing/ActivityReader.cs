namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Settings;
using EthicsBot.Domain;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>What the router reads off an incoming activity: who sent it, in which language, and the typed text.</summary>
internal static class ActivityReader
{
    public static UserIdentity Identity(Activity activity) => new()
    {
        UserId = activity.From.Id,
        AadObjectId = activity.From.AadObjectId,
        TenantId = activity.Conversation?.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id,
        DisplayName = string.IsNullOrWhiteSpace(activity.From.Name) ? null : activity.From.Name,
        LocaleTag = LocaleTag(activity),
    };

    /// <summary>True in the one-to-one chat with the bot (Teams' "personal" scope; other channels send no type).</summary>
    public static bool IsPersonal(Activity activity) => activity.Conversation?.ConversationType is null or "personal";

    /// <summary>The channel or group chat of the activity with its proactive reference; null in a personal chat.</summary>
    public static ChannelConversation? Channel(Activity activity, string? tenantId)
    {
        if (IsPersonal(activity) || string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return null;
        }

        var reference = JObject.FromObject(activity.GetConversationReference());
        // A channel post needs neither the message nor who typed it; keeping the sender would tie the
        // registration to a person.
        reference.Remove("activityId");
        reference.Remove("user");
        // In a Teams channel the id names the thread typed in ("19:…@thread.tacv2;messageid=…"). The channel itself is
        // what registers: its card then starts a post of its own, and any later post of the channel finds the registration.
        var id = activity.Conversation.ConversationType == "channel" ? activity.Conversation.Id.Split(';')[0] : activity.Conversation.Id;
        if (reference["conversation"] is JObject conversation)
        {
            conversation["id"] = id;
        }

        return new ChannelConversation(id, tenantId, activity.ServiceUrl, reference.ToString(Formatting.None));
    }

    public static Locale Locale(Activity activity) => LocaleExtensions.FromTag(LocaleTag(activity));

    /// <summary>
    /// In channels Teams prefixes "&lt;at&gt;EthicsBot&lt;/at&gt;". Bot Schema's RemoveRecipientMention throws on a
    /// mention entity without "mentioned", so the bot's own mentions are removed here, tolerating malformed ones.
    /// </summary>
    public static string? TextWithoutBotMention(Activity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrEmpty(text) || activity.Entities is null)
        {
            return text;
        }

        try
        {
            foreach (var mention in activity.GetMentions())
            {
                if (mention.Mentioned?.Id == activity.Recipient?.Id && !string.IsNullOrEmpty(mention.Text))
                {
                    text = text.Replace(mention.Text, " ", StringComparison.Ordinal);
                }
            }
        }
        catch (JsonException)
        {
            // An unreadable entity leaves the text as typed; the parser then treats it as an unknown command.
        }

        return text;
    }

    /// <summary>The names of people mentioned in the message (not the bot): known names to keep away from a model.</summary>
    public static IReadOnlyList<string> MentionedNames(Activity activity)
    {
        try
        {
            return [.. (activity.Entities is null ? [] : activity.GetMentions())
                .Where(m => m.Mentioned is { } who && who.Id != activity.Recipient?.Id && !string.IsNullOrWhiteSpace(who.Name))
                .Select(m => m.Mentioned.Name)];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    // Teams leaves Activity.Locale empty on some events; the clientInfo entity still carries the client's locale.
    private static string? LocaleTag(Activity activity) =>
        !string.IsNullOrEmpty(activity.Locale)
            ? activity.Locale
            : activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Properties?["locale"]?.ToString();
}

namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Settings;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Dialogs.Welcome;
using EthicsBot.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>
/// The one place that touches the Bot Framework turn: reads the activity, loads the user and the flow
/// state, hands a plain command to the dispatcher, and turns the outcome into messages or an invoke response.
/// </summary>
public sealed class TurnRouter(
    ConversationState conversationState,
    UserProfiles profiles,
    CommandDispatcher dispatcher,
    WelcomeFlow welcome,
    ILogger<TurnRouter> logger)
{
    private readonly IStatePropertyAccessor<ConversationData> flowState = conversationState.CreateProperty<ConversationData>("flow");

    public async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        // An Action.Submit arrives as a message whose Value is the button's data.
        var action = ButtonData.FromData(activity.Value as JToken);
        var command = action is null
            ? CommandParser.Parse(TextWithoutBotMention(activity))
            : CardActionParser.Parse(action);
        var input = await LoadAsync(turnContext, isCardAction: action is not null, cancellationToken);
        if (input is null)
        {
            return;
        }

        var outcome = await dispatcher.DispatchAsync(input, command, cancellationToken);
        var replies = outcome.Replacement is null ? outcome.Cards : [outcome.Replacement, .. outcome.Cards];
        await SendAsync(turnContext, replies, cancellationToken);
        await SaveAsync(turnContext, outcome, cancellationToken);
    }

    /// <summary>
    /// Answers an Action.Execute. Always a 200 with a card, whatever happens: after one failed response Teams
    /// shows "Something went wrong" and stops calling the bot for that card.
    /// </summary>
    public async Task<AdaptiveCardInvokeResponse> OnCardActionAsync(
        ITurnContext turnContext, AdaptiveCardInvokeValue? invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        try
        {
            var input = await LoadAsync(turnContext, isCardAction: true, cancellationToken);
            var action = invokeValue?.Action is { Type: "Action.Execute" } execute
                ? ButtonData.FromData(execute.Data as JToken ?? (execute.Data is null ? null : JToken.FromObject(execute.Data)), execute.Verb)
                : null;
            if (input is null || action is null)
            {
                Log.UnreadableCardAction(logger, activity.From?.Id, activity.Conversation?.Id, activity.Id);
                var strings = UiStrings.For(input?.Locale ?? LocaleOf(activity));
                return CardResponse(NoticeCard.Build(strings.InvalidAnswer, TextStyle.Warning));
            }

            var outcome = await dispatcher.DispatchAsync(input, CardActionParser.Parse(action), cancellationToken);
            var replacement = outcome.Replacement ?? outcome.Cards.FirstOrDefault() ?? NoticeCard.Build(input.Strings.UnknownHint);
            var messages = outcome.Replacement is null ? outcome.Cards.Skip(1) : outcome.Cards;
            await SendAsync(turnContext, [.. messages], cancellationToken);
            await SaveAsync(turnContext, outcome, cancellationToken);
            return CardResponse(replacement);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.CardActionFailed(logger, exception, activity.From?.Id, activity.Conversation?.Id, activity.Id);
            return CardResponse(NoticeCard.Build(UiStrings.For(LocaleOf(activity)).ActionFailed, TextStyle.Warning));
        }
    }

    /// <summary>Welcomes when the bot was added (install) or, in a personal chat, when the user was.</summary>
    public Task OnMembersAddedAsync(ITurnContext turnContext, IEnumerable<ChannelAccount> membersAdded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(membersAdded);
        var activity = turnContext.Activity;
        var botAdded = membersAdded.Any(m => m.Id == activity.Recipient?.Id);
        var personal = activity.Conversation?.ConversationType is null or "personal";
        // In a team or group chat, people joining later are not greeted one by one.
        return botAdded || personal ? GreetAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }

    public Task OnInstalledAsync(ITurnContext turnContext, CancellationToken cancellationToken) => GreetAsync(turnContext, cancellationToken);

    /// <summary>Forgets that this conversation was welcomed, so a reinstall greets again.</summary>
    public async Task OnUninstalledAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var state = await flowState.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        await flowState.SetAsync(turnContext, state with { Welcomed = false }, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    private async Task GreetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var input = await LoadAsync(turnContext, isCardAction: false, cancellationToken);
        if (input is null)
        {
            return;
        }

        var outcome = welcome.Greet(input);
        await SendAsync(turnContext, outcome.Cards, cancellationToken);
        await SaveAsync(turnContext, outcome, cancellationToken);
    }

    private async Task<TurnInput?> LoadAsync(ITurnContext turnContext, bool isCardAction, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.From?.Id))
        {
            Log.NoSender(logger, activity.Id, activity.Conversation?.Id);
            return null;
        }

        var identity = new UserIdentity
        {
            UserId = activity.From.Id,
            AadObjectId = activity.From.AadObjectId,
            TenantId = activity.Conversation?.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id,
            DisplayName = string.IsNullOrWhiteSpace(activity.From.Name) ? null : activity.From.Name,
            LocaleTag = LocaleTag(activity),
        };
        var (profile, isNew) = await profiles.EnsureAsync(identity, activity.Id, cancellationToken);
        var state = await flowState.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        return new TurnInput
        {
            Profile = profile,
            Locale = profile.Locale,
            State = state,
            ConversationId = activity.Conversation?.Id ?? string.Empty,
            ActivityId = activity.Id,
            IsNewUser = isNew,
            IsCardAction = isCardAction,
        };
    }

    private async Task SaveAsync(ITurnContext turnContext, TurnOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.StateDeleted)
        {
            await conversationState.DeleteAsync(turnContext, cancellationToken);
            return;
        }

        await flowState.SetAsync(turnContext, outcome.State, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    private static async Task SendAsync(ITurnContext turnContext, IReadOnlyList<JObject> cards, CancellationToken cancellationToken)
    {
        if (cards.Count == 0)
        {
            return;
        }

        var activities = cards
            .Select(card => (IActivity)MessageFactory.Attachment(new Attachment { ContentType = CardJson.ContentType, Content = card }))
            .ToArray();
        await turnContext.SendActivitiesAsync(activities, cancellationToken);
    }

    private static AdaptiveCardInvokeResponse CardResponse(JObject card) => new()
    {
        StatusCode = 200,
        Type = CardJson.ContentType,
        Value = card,
    };

    /// <summary>
    /// In channels Teams prefixes "&lt;at&gt;EthicsBot&lt;/at&gt;". Bot Schema's RemoveRecipientMention throws on a
    /// mention entity without "mentioned", so the bot's own mentions are removed here, tolerating malformed ones.
    /// </summary>
    private static string? TextWithoutBotMention(Activity activity)
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

    private static Locale LocaleOf(Activity activity) => LocaleExtensions.FromTag(LocaleTag(activity));

    // Teams leaves Activity.Locale empty on some events; the clientInfo entity still carries the client's locale.
    private static string? LocaleTag(Activity activity) =>
        !string.IsNullOrEmpty(activity.Locale)
            ? activity.Locale
            : activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Properties?["locale"]?.ToString();
}

namespace EthicsBot.Dialogs.Leaderboards;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Text;
using EthicsBot.Domain.Units;
using EthicsBot.Persistence.Leaderboards;
using EthicsBot.Persistence.Units;
using Microsoft.Extensions.Options;

/// <summary>
/// "bảng xếp hạng bật|tắt" in a channel or group chat: registers the conversation for the Monday leaderboard of a
/// unit's children (the unit named after the command, else the typing user's unit), or removes it. Only the
/// conversation's reference, the unit and the language are stored; nothing about the person who typed it. When the
/// deployment names its organisers (<see cref="LeaderboardOptions.Managers"/>), only they may turn it on or off.
/// </summary>
public sealed class LeaderboardChannelFlow(
    ILeaderboardChannelStore channels, IUnitStore units, IContentCatalogProvider catalogs, IOptions<LeaderboardOptions> options, TimeProvider time)
{
    private const int MaxChoices = 5;

    public async Task<TurnOutcome> HandleAsync(TurnInput input, LeaderboardCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(command);
        // Answered in the language the command was typed in: the channel reads it, not only the person who typed.
        var strings = UiStrings.For(command.Language);
        if (input.Channel is not { } channel)
        {
            return Notice(input, strings.LeaderboardChannelOnly, TextStyle.Warning);
        }

        // Anyone may ask whether the channel is registered; turning it on or off is the organisers' (when named).
        if (command.On is not null && !options.Value.MayManage(input.Profile.AadObjectId))
        {
            return Notice(input, strings.LeaderboardNotAllowed, TextStyle.Warning);
        }

        var directory = catalogs.Current.Units;
        switch (command.On)
        {
            case false:
                return await channels.UnregisterAsync(channel.ConversationId, cancellationToken)
                    ? Notice(input, strings.LeaderboardOff, TextStyle.Good)
                    : Notice(input, strings.LeaderboardWasOff, TextStyle.Normal);
            case null:
                var current = await channels.GetAsync(channel.ConversationId, cancellationToken);
                var path = current is not null && directory.Find(current.UnitId) is not null ? directory.PathText(current.UnitId) : null;
                return Notice(input, strings.LeaderboardStatus(path), TextStyle.Normal);
        }

        var (unit, problem) = string.IsNullOrWhiteSpace(command.UnitQuery)
            ? await UserUnitAsync(input, directory, strings, cancellationToken)
            : Resolve(directory, command.UnitQuery, strings);
        if (unit is null)
        {
            return Notice(input, problem!, TextStyle.Warning);
        }

        await channels.RegisterAsync(new LeaderboardChannel
        {
            ConversationId = channel.ConversationId,
            TenantId = channel.TenantId,
            ServiceUrl = channel.ServiceUrl,
            ReferenceJson = channel.ReferenceJson,
            UnitId = unit.Id,
            Locale = command.Language == Locale.En ? "en" : "vi",
            RegisteredAt = time.GetUtcNow(),
        }, cancellationToken);
        return Notice(input, strings.LeaderboardOn(directory.PathText(unit.Id)), TextStyle.Good);
    }

    /// <summary>An id ("hue"), a unique search match, or the one match whose name is exactly what was typed.</summary>
    internal static (Unit? Unit, string? Problem) Resolve(UnitDirectory directory, string query, UiStrings strings)
    {
        if (directory.Find(query.Trim()) is { } byId)
        {
            return (byId, null);
        }

        var matches = directory.Search(query, MaxChoices + 1);
        var folded = TextNormalizer.Normalize(query);
        var exact = matches.Where(u => TextNormalizer.Normalize(u.Name) == folded).ToList();
        return matches.Count == 1 ? (matches[0], null)
            : exact.Count == 1 ? (exact[0], null)
            : matches.Count == 0 ? (null, strings.LeaderboardUnitNotFound(query))
            : (null, strings.LeaderboardUnitAmbiguous(query, string.Join("; ", matches.Take(MaxChoices).Select(u => $"{directory.PathText(u.Id)} ({u.Id})"))));
    }

    private async Task<(Unit? Unit, string? Problem)> UserUnitAsync(TurnInput input, UnitDirectory directory, UiStrings strings, CancellationToken cancellationToken)
    {
        var today = TimeZones.LocalDate(time.GetUtcNow(), TimeZones.Resolve(catalogs.Current.Calendar.DefaultTimeZone));
        var membership = await units.GetAsync(input.UserId, today, cancellationToken);
        return directory.Find(membership?.UnitId) is { } unit ? (unit, null) : (null, strings.LeaderboardNeedUnit);
    }

    private static TurnOutcome Notice(TurnInput input, string text, TextStyle style) => TurnOutcome.Send(input.State, NoticeCard.Build(text, style));
}

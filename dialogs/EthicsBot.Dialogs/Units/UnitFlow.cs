namespace EthicsBot.Dialogs.Units;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Domain.Calendar;
using EthicsBot.Persistence.Units;

/// <summary>
/// "đơn vị"/"unit": shows the user's unit (taking it from the admin's roster the first time, when the roster knows
/// them), searches the directory with or without diacritics, and records a pick from the card from today on.
/// </summary>
public sealed class UnitFlow(IUnitStore units, IContentCatalogProvider catalogs, TimeProvider time)
{
    public async Task<TurnOutcome> HandleAsync(TurnInput input, UnitCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(command);
        var strings = input.Strings;
        var catalog = catalogs.Current;
        var directory = catalog.Units;
        var today = TimeZones.LocalDate(time.GetUtcNow(), TimeZones.Resolve(catalog.Calendar.DefaultTimeZone));
        string? notice = null;
        var style = TextStyle.Good;

        if (command.UnitId is { } picked)
        {
            if (directory.Find(picked) is null)
            {
                (notice, style) = (strings.UnitUnknown, TextStyle.Warning);
            }
            else
            {
                await units.SetAsync(input.UserId, picked, today, UnitSource.User, cancellationToken);
                notice = strings.UnitChosen(directory.PathText(picked));
            }
        }

        var current = (await units.GetAsync(input.UserId, today, cancellationToken))?.UnitId;
        if (current is null && command.UnitId is null
            && await FromRosterAsync(input, cancellationToken) is { } rostered && directory.Find(rostered) is not null)
        {
            await units.SetAsync(input.UserId, rostered, today, UnitSource.Roster, cancellationToken);
            (current, notice) = (rostered, strings.UnitFromRoster(directory.PathText(rostered)));
        }

        var results = command.UnitId is null && command.Query is { } query
            ? directory.Search(query, UnitCard.MaxResults).Select(u => (u, directory.PathText(u.Id))).ToList()
            : [];
        var currentPath = current is not null && directory.Find(current) is not null ? directory.PathText(current) : null;
        return TurnOutcome.Send(input.State, UnitCard.Build(strings, currentPath, command.UnitId is null ? command.Query : null, results, notice, style));
    }

    // By Entra object id first (on every activity); by principal name only when that fails, as it costs a call to Teams.
    private async Task<string?> FromRosterAsync(TurnInput input, CancellationToken cancellationToken) =>
        await units.FindInRosterAsync(input.Profile.AadObjectId, null, cancellationToken)
        ?? (input.PrincipalName is { } lookup && await lookup(cancellationToken) is { } name
            ? await units.FindInRosterAsync(null, name, cancellationToken)
            : null);
}

namespace EthicsBot.Dialogs.Settings;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain;

public sealed class LanguageFlow(UserProfiles profiles)
{
    /// <summary>Switches and remembers the language; with no language named, asks which one.</summary>
    public async Task<TurnOutcome> SwitchAsync(TurnInput input, Locale? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (locale is not { } chosen)
        {
            return TurnOutcome.Send(input.State, LanguageCard.Build());
        }

        await profiles.ChooseLocaleAsync(input.Profile, chosen, cancellationToken);
        return TurnOutcome.Send(input.State, NoticeCard.Build(UiStrings.For(chosen).LanguageSwitched, TextStyle.Good));
    }
}

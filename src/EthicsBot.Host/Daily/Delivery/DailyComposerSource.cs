namespace EthicsBot.Host.Daily.Delivery;

using EthicsBot.Dialogs.Daily;

/// <summary>
/// The registered <see cref="IDailyQuizComposer"/>, if any. The dialogs layer registers it; without one the
/// engine can schedule and report but sends nothing, and says so.
/// </summary>
internal sealed class DailyComposerSource(IEnumerable<IDailyQuizComposer> composers)
{
    public IDailyQuizComposer? Composer { get; } = composers.LastOrDefault();
}

namespace EthicsBot.Dialogs.Daily;

using EthicsBot.Content.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>
/// Checks at start-up that every id in Contest:Topics and Contest:WeeklyTopics names a topic of the content bank, so a
/// typing mistake is caught when the host starts rather than silently widening the season to the whole bank.
/// </summary>
internal sealed class ContestTopicsValidator(IServiceProvider services) : IValidateOptions<ContestOptions>
{
    public ValidateOptionsResult Validate(string? name, ContestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var named = options.Topics.Select((id, i) => ($"Contest:Topics:{i}", id))
            .Concat(options.WeeklyTopics.Select((id, i) => ($"Contest:WeeklyTopics:{i}", id)))
            .Where(x => !string.IsNullOrWhiteSpace(x.id))
            .ToList();
        if (named.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        // Resolved only here, when there is something to check: loading the bank is the content start-up check's job,
        // which reports a broken bank with every error listed, so this one has nothing to add then.
        IReadOnlyList<string> known;
        try
        {
            if (services.GetService<IContentCatalogProvider>() is not { } catalogs)
            {
                return ValidateOptionsResult.Success;
            }

            known = [.. catalogs.Current.Topics.Select(t => t.Id)];
        }
        catch (ContentLoadException)
        {
            return ValidateOptionsResult.Success;
        }

        var unknown = named.Where(x => !known.Contains(x.id.Trim(), StringComparer.Ordinal))
            .Select(x => $"{x.Item1} is '{x.id}', which is not a topic id of the content bank (its topics: {string.Join(", ", known)}).")
            .ToList();
        return unknown.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(unknown);
    }
}

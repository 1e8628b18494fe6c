namespace EthicsBot.Dialogs.Explainer;

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

/// <summary>
/// The per-user daily budget of model explanations. In memory: a restart gives everyone a fresh day's budget,
/// and several instances each count their own; both only loosen a cost guard, never a rule.
/// </summary>
public sealed class ExplainerAllowance(IOptions<ExplainerOptions> options)
{
    private readonly ConcurrentDictionary<(string UserId, DateOnly Day), int> used = new();

    /// <summary>Takes one explanation from today's budget; false when it is spent.</summary>
    public bool TryTake(string userId, DateOnly day)
    {
        var limit = options.Value.DailyLimitPerUser;
        var count = used.AddOrUpdate((userId, day), 1, (_, n) => n + 1);
        if (count == 1)
        {
            // First use of a new day: forget earlier days so the map stays as small as one day's users.
            foreach (var key in used.Keys.Where(k => k.Day < day))
            {
                used.TryRemove(key, out _);
            }
        }

        return count <= limit;
    }
}

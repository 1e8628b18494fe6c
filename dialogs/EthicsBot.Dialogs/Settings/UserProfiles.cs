namespace EthicsBot.Dialogs.Settings;

using EthicsBot.Domain;
using EthicsBot.Persistence.Users;
using Microsoft.Extensions.Logging;

/// <summary>Creates the user record on first contact and keeps it current, writing only when something changed.</summary>
public sealed class UserProfiles(IUserStore users, TimeProvider time, ILogger<UserProfiles> logger)
{
    /// <param name="existing">The stored profile as this turn read it (<see cref="IUserTurnStore"/>); null for a user not met yet.</param>
    public async Task<(UserProfile Profile, bool IsNew)> EnsureAsync(
        UserIdentity identity, UserProfile? existing, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var teamsLocale = LocaleExtensions.FromTag(identity.LocaleTag);
        if (existing is null)
        {
            var created = new UserProfile
            {
                UserId = identity.UserId,
                AadObjectId = identity.AadObjectId,
                TenantId = identity.TenantId,
                DisplayName = identity.DisplayName,
                Locale = teamsLocale,
                CreatedAt = time.GetUtcNow(),
            };
            await users.UpsertAsync(created, cancellationToken);
            Log.UserCreated(logger, created.UserId, created.TenantId, activityId);
            return (created, true);
        }

        var updated = existing with
        {
            AadObjectId = identity.AadObjectId ?? existing.AadObjectId,
            TenantId = identity.TenantId ?? existing.TenantId,
            DisplayName = identity.DisplayName ?? existing.DisplayName,
            // Once the user picked a language by command, Teams' locale no longer overrides it.
            Locale = existing.LocaleChosen || identity.LocaleTag is null ? existing.Locale : teamsLocale,
        };
        if (updated != existing)
        {
            await users.UpsertAsync(updated, cancellationToken);
        }

        return (updated, false);
    }

    public async Task<UserProfile> ChooseLocaleAsync(UserProfile profile, Locale locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var updated = profile with { Locale = locale, LocaleChosen = true };
        await users.UpsertAsync(updated, cancellationToken);
        Log.LanguageChanged(logger, profile.UserId, locale);
        return updated;
    }
}

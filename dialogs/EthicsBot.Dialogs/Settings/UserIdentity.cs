namespace EthicsBot.Dialogs.Settings;

/// <summary>Who sent an activity, as Teams describes them.</summary>
public sealed record UserIdentity
{
    public required string UserId { get; init; }
    public string? AadObjectId { get; init; }
    public string? TenantId { get; init; }
    public string? DisplayName { get; init; }
    /// <summary>The client's locale tag ("vi-VN"), when the activity carries one.</summary>
    public string? LocaleTag { get; init; }
}

namespace EthicsBot.Persistence.Users;

using EthicsBot.Domain;

/// <summary>What the bot keeps about a person: Teams ids, name, unit, language. Nothing more.</summary>
public sealed record UserProfile
{
    /// <summary>The Teams user id (Activity.From.Id), the key of everything else.</summary>
    public required string UserId { get; init; }
    public string? AadObjectId { get; init; }
    public string? TenantId { get; init; }
    public string? DisplayName { get; init; }
    /// <summary>Unit (commune, department) used in admin reports.</summary>
    public string? Unit { get; init; }
    public required Locale Locale { get; init; }
    /// <summary>True once the user picked a language by command; then Teams' locale no longer overrides it.</summary>
    public bool LocaleChosen { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}

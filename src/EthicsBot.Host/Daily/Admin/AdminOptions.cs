namespace EthicsBot.Host.Daily.Admin;

using System.ComponentModel.DataAnnotations;

/// <summary>The admin HTTP API. It exists only when <see cref="ApiKey"/> is set.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The bearer token admin requests must carry; empty turns the admin API off (its routes answer 404).</summary>
    /// <value>empty</value>
    [MinLength(12, ErrorMessage = "Admin:ApiKey must be at least 12 characters; leave it empty to turn the admin API off.")]
    public string? ApiKey { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(ApiKey);
}

namespace EthicsBot.Content;

using System.ComponentModel.DataAnnotations;

/// <summary>Where the content bank lives. Bound from the "Content" configuration section.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder.</summary>
    /// <value>
    /// "content". A relative path is resolved against the app's content root, or the current directory when
    /// the folder is not found there (the case for <c>dotnet run</c> from the repository root).
    /// </value>
    [Required]
    public string Path { get; set; } = "content";
}

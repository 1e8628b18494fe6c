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

    /// <summary>Reload by itself when files in the content folder change (after <see cref="WatchDebounce"/> of quiet).</summary>
    /// <value>false</value>
    public bool WatchForChanges { get; set; }

    /// <summary>How long the folder must stay unchanged before the watcher reloads, so a save of several files is one reload.</summary>
    /// <value>00:00:02</value>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Distinct learners whose reports withdraw a question from new sessions until an admin clears them.</summary>
    /// <value>5</value>
    [Range(1, 1000)]
    public int FeedbackQuarantineThreshold { get; set; } = 5;
}

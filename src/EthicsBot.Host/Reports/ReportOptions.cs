namespace EthicsBot.Host.Reports;

using System.ComponentModel.DataAnnotations;

/// <summary>Admin reports by unit.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>
    /// No figure is shown for a group of fewer people than this: such units are hidden (and, where a difference would
    /// reveal them, a sibling with them). Below 3 a report would show single people.
    /// </summary>
    /// <value>5</value>
    [Range(3, 1000, ErrorMessage = "Reports:MinGroupSize must be between 3 and 1000 (people per shown group).")]
    public int MinGroupSize { get; set; } = 5;
}

namespace EthicsBot.Dialogs.Daily;

using System.ComponentModel.DataAnnotations;

/// <summary>
/// What a user's daily quiz is by default: questions per card, enrolment, delivery time and the end of office
/// hours. The one place these keys of the "Daily" section are bound: the settings card, the composer and the
/// delivery engine (which reads its own sending keys from the same section) all use this type.
/// </summary>
public sealed class DailyQuizOptions : IValidatableObject
{
    public const string SectionName = "Daily";

    /// <summary>Questions on the daily card.</summary>
    /// <value>2</value>
    [Range(1, 10)]
    public int QuestionsPerDay { get; set; } = 2;

    /// <summary>Whether users who never changed their settings get the daily quiz (the engine applies the same key).</summary>
    /// <value>true</value>
    public bool EnrolOnInstall { get; set; } = true;

    /// <summary>Delivery time of users who never chose one.</summary>
    /// <value>08:00</value>
    public TimeOnly DefaultTime { get; set; } = new(8, 0);

    /// <summary>Nothing is sent at or after this local time, so a chosen time must be earlier.</summary>
    /// <value>17:00</value>
    public TimeOnly OfficeHoursEnd { get; set; } = new(17, 0);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OfficeHoursEnd <= DefaultTime)
        {
            yield return new ValidationResult(
                $"Daily:OfficeHoursEnd ({OfficeHoursEnd:HH\\:mm}) must be later than Daily:DefaultTime ({DefaultTime:HH\\:mm}).",
                [nameof(OfficeHoursEnd), nameof(DefaultTime)]);
        }
    }
}

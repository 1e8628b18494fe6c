namespace EthicsBot.Dialogs.Daily;

/// <summary>What a "nhắc hằng ngày …" / "daily …" command asks for.</summary>
public enum DailyAction
{
    Show,
    On,
    Off,
    SetTime,
    Pause,
    Resume,
}

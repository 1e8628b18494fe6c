namespace EthicsBot.Dialogs.Daily;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// One daily session per user and local date, with an id derived from both, so a retried send (after a crash or a
/// lease takeover) finds the session already started and shows the same questions.
/// </summary>
public static class DailySessionIds
{
    public static string For(string userId, DateOnly localDate)
    {
        ArgumentNullException.ThrowIfNull(userId);
        // Hashed because Teams ids carry ':' and can be long; the whole hash keeps two users from ever colliding.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)));
        return $"daily-{localDate:yyyyMMdd}-{hash}";
    }
}

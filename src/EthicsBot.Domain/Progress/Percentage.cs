namespace EthicsBot.Domain.Progress;

internal static class Percentage
{
    public static int Of(int part, int whole) =>
        whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}

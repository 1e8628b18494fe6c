namespace EthicsBot.Dialogs.Cards;

public enum TextStyle
{
    Normal,
    Title,
    Heading,
    Subtle,
    Good,
    Attention,
    Warning,
}

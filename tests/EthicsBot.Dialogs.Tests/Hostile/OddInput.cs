namespace EthicsBot.Dialogs.Tests.Hostile;

/// <summary>Text that broke or confused parsers elsewhere: other scripts' digits, full-width forms, invisible and bidi marks, combining marks, sheer size.</summary>
public static class OddInput
{
    public static IEnumerable<string> Corpus()
    {
        yield return "daily \u0668:\u0663\u0660";                      // Arabic-Indic digits
        yield return "nhắc hằng ngày \uff18\uff1a\uff13\uff10";        // full-width 8:30
        yield return "nhắc lúc \u096e:\u0969\u0966";                   // Devanagari digits
        yield return "tạm dừng \u0e55 ngày";                            // Thai digit
        yield return "\u0661\u0662";                                    // digits only
        yield return "\u200b\u200c\u200d\ufeff";                        // invisible only
        yield return "\u202equiz\u202c";                                // bidi override
        yield return "q\u0300\u0301\u0302\u0303u\u0323i\u0309z";       // stacked combining marks
        yield return "\ud83d\ude00\ud83d\ude00 quiz \ud83d\ude00";      // emoji
        yield return "\ud800";                                          // lone surrogate
        yield return "đáp án \uff42";                                   // full-width b
        yield return "answer \u2463";                                   // circled 4
        yield return "daily 8:30:00:00";
        yield return "tạm dừng 999999999999999999999999 ngày";
        yield return "\0\u0001\u0007";
        yield return new string('x', 100_000);
        yield return string.Concat(Enumerable.Repeat("bắt đầu ", 20_000));
    }
}

namespace EthicsBot.Host.Explainer;

using System.Text;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Domain;

/// <summary>The messages sent to the model: fixed instructions, then only the scrubbed question, the passages and the sources.</summary>
public static class ExplainerInstructions
{
    public const string System = """
        You explain rules of conduct for Vietnamese public servants. Use ONLY the passages and sources given in the
        user message; never outside knowledge, never another law. Every sentence that states a rule ends with a
        citation of a given source in exactly this form: [[document-id]] or [[document-id#article]], using only the
        document ids and articles listed under SOURCES. Do not write document numbers in prose. If the passages do not
        answer the question, say that the scenario bank has no rule for it, with no citation. Three to five short
        sentences, plain text, polite and practical. Never ask for or repeat personal data.
        """;

    public static string User(ExplainerPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var builder = new StringBuilder();
        builder.AppendLine(prompt.Locale == Locale.Vi ? "LANGUAGE: Vietnamese" : "LANGUAGE: English");
        builder.AppendLine(prompt.Task == ExplainerTask.Why
            ? $"TASK: Explain why the option the user CHOSE ({prompt.Question}) is graded as it is, against the best option of this scenario."
            : $"QUESTION: {prompt.Question}");
        builder.AppendLine("PASSAGES:");
        foreach (var passage in prompt.Passages)
        {
            builder.AppendLine($"<passage id=\"{passage.Id}\">").AppendLine(passage.Text).AppendLine("</passage>");
        }

        builder.AppendLine("SOURCES:");
        foreach (var source in prompt.Sources)
        {
            var articles = source.Articles.Count == 0 ? "cite without article" : "articles " + string.Join(", ", source.Articles);
            builder.AppendLine($"- [[{source.DocumentId}]] {source.Number}, {source.Title} ({articles})");
        }

        return builder.ToString();
    }
}

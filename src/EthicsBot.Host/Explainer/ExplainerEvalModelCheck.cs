namespace EthicsBot.Host.Explainer;

using System.Globalization;
using EthicsBot.Content.Answers;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Domain.Content;

/// <summary>
/// The model half of <c>explainer eval</c>: every question the offline answerer answered goes to the configured
/// model exactly as in a chat (scrubbed, retrieved rules and sources only), and each reply meets the citation check.
/// </summary>
public static class ExplainerEvalModelCheck
{
    public static bool IsConfigured(IEnumerable<string> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. settings])
            .Build();
        return !string.IsNullOrWhiteSpace(configuration["Explainer:Endpoint"]);
    }

    public static async Task RunAsync(IEnumerable<string> settings, ContentCatalog catalog, IReadOnlyList<EvaluationOutcome> outcomes, DateOnly today, TextWriter output)
    {
        using var host = ExplainerCliHost.Build(settings);
        await host.StartAsync();
        var explainer = host.Services.GetRequiredService<IExplainer>();
        var answered = outcomes.Where(o => o.Answer.Kind == AnswerKind.Answered).ToList();
        var byOutcome = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int delivered = 0, valid = 0;
        foreach (var outcome in answered)
        {
            var prompt = ExplainerPrompts.ForAnswer(outcome.Answer, outcome.Item.Question, []);
            var reply = await explainer.ExplainAsync(prompt, CancellationToken.None);
            byOutcome[reply.Outcome.ToString()] = byOutcome.GetValueOrDefault(reply.Outcome.ToString()) + 1;
            if (reply.Outcome == ExplainerOutcome.Answered && reply.Text is { } text)
            {
                delivered++;
                valid += CitationCheck.Check(text, prompt.Sources, catalog, today).Valid ? 1 : 0;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Model: {answered.Count} answered questions sent, {delivered} replies, {valid} with every citation valid ({(delivered == 0 ? 0 : valid / (double)delivered):0.0%}; goal 100%)."));
        output.WriteLine("Model outcomes: " + string.Join(", ", byOutcome.Select(p => $"{p.Key} {p.Value}")));
        await host.StopAsync();
    }
}

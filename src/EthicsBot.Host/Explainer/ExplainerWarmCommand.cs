namespace EthicsBot.Host.Explainer;

using System.Globalization;
using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Domain;

/// <summary>
/// <c>explainer warm [--limit N] [--Section:Key=value…]</c>: asks the model for the "why" of every option of every
/// askable question in both languages and leaves the answers in the database cache, so users never wait for them.
/// </summary>
public static class ExplainerWarmCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var limitAt = Array.IndexOf(args, "--limit");
        var limit = limitAt >= 0 && limitAt + 1 < args.Length && int.TryParse(args[limitAt + 1], CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
        using var host = ExplainerCliHost.Build(args.Where(ExplainerCliHost.IsSetting));
        await host.StartAsync();
        var explainer = host.Services.GetRequiredService<IExplainer>();
        if (!explainer.IsConfigured)
        {
            output.WriteLine("No model configured: set Explainer:Endpoint and Explainer:Deployment (and Explainer:ApiKey or a managed identity).");
            await host.StopAsync();
            return 2;
        }

        var catalog = host.Services.GetRequiredService<IContentCatalogProvider>().Current;
        var today = host.Services.GetRequiredService<QuizView>().Today(catalog);
        int fresh = 0, cached = 0, failed = 0;
        foreach (var question in catalog.Questions.Take(limit))
        {
            foreach (var locale in new[] { Locale.Vi, Locale.En })
            {
                foreach (var option in question.OptionIds)
                {
                    var reply = await explainer.ExplainAsync(ExplainerPrompts.ForWhy(question, option, locale, catalog, today), CancellationToken.None);
                    _ = reply.Outcome != ExplainerOutcome.Answered ? failed++ : reply.FromCache ? cached++ : fresh++;
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\"why\" explanations: {fresh} generated, {cached} already cached, {failed} failed (retry later)."));
        await host.StopAsync();
        return failed == 0 ? 0 : 1;
    }
}

namespace EthicsBot.Dialogs.Explainer;

using EthicsBot.Content.Answers;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Domain.Content;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Turns an offline answer into a model follow-up: budget check, personal-data scrub, prompt from the retrieved
/// rules and registry only, a hard time limit, and the citation check. Every failure is one log line and no
/// message: the offline card, already sent, stands as the answer.
/// </summary>
public sealed class ExplanationService(
    IExplainer explainer, ExplainerAllowance allowance, ExplainerStats stats, IOptions<ExplainerOptions> options, ILogger<ExplanationService> logger)
{
    public bool Enabled => explainer.IsConfigured;

    public Func<CancellationToken, Task<FollowUpMessage?>>? ForAnswer(
        TurnInput input, GroundedAnswer answer, string question, ContentCatalog catalog, IEnumerable<string?> knownNames)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(answer);
        if (!Enabled || answer.Kind != AnswerKind.Answered)
        {
            return null;
        }

        var prompt = ExplainerPrompts.ForAnswer(answer, question, knownNames);
        return ct => RunAsync(input, prompt, catalog, answer.Today, ct);
    }

    public Func<CancellationToken, Task<FollowUpMessage?>>? ForWhy(
        TurnInput input, Question question, string chosenOptionId, ContentCatalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!Enabled)
        {
            return null;
        }

        var prompt = ExplainerPrompts.ForWhy(question, chosenOptionId, input.Locale, catalog, today);
        return ct => RunAsync(input, prompt, catalog, today, ct);
    }

    private async Task<FollowUpMessage?> RunAsync(TurnInput input, ExplainerPrompt prompt, ContentCatalog catalog, DateOnly today, CancellationToken cancellationToken)
    {
        if (!allowance.TryTake(input.UserId, today))
        {
            stats.LimitReached();
            Log.ExplainerFallback(logger, input.UserId, input.ActivityId, "daily-limit");
            return new FollowUpMessage(input.Strings.ExplainerDailyLimit(options.Value.DailyLimitPerUser), false, []);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        ExplainerReply reply;
        try
        {
            reply = await explainer.ExplainAsync(prompt, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            reply = new ExplainerReply(ExplainerOutcome.Timeout);
        }

        stats.Called(reply);
        Log.ExplainerCall(logger, input.UserId, input.ActivityId, prompt.Task, reply.Outcome, reply.InputTokens, reply.OutputTokens, reply.FromCache);
        if (reply.Outcome != ExplainerOutcome.Answered || string.IsNullOrWhiteSpace(reply.Text))
        {
            return FellBack(input, reply.Outcome.ToString());
        }

        var verdict = CitationCheck.Check(reply.Text, prompt.Sources, catalog, today);
        if (!verdict.Valid)
        {
            stats.CitationRejected();
            return FellBack(input, $"citation:{verdict.Problem}");
        }

        stats.Delivered();
        var (text, order) = CitationCheck.Number(reply.Text);
        var citations = order.Select((id, i) =>
        {
            var document = catalog.Documents[id];
            var source = prompt.Sources.First(s => s.DocumentId == id);
            var articles = source.Articles.Count == 0 ? string.Empty : $" ({string.Join(", ", source.Articles)})";
            // Teams shows at most 160 characters of a citation's abstract.
            var name = input.Strings.DocumentName(document);
            return new FollowUpCitation(i + 1, $"{document.Number}{articles}", name.Length <= 160 ? name : name[..159] + "…");
        });
        var title = prompt.Task == ExplainerTask.Why ? input.Strings.ExplainerWhyTitle : input.Strings.ExplainerTitle;
        return new FollowUpMessage($"**{title}**\n\n{text}", true, [.. citations]);
    }

    private FollowUpMessage? FellBack(TurnInput input, string reason)
    {
        stats.FellBack(reason);
        Log.ExplainerFallback(logger, input.UserId, input.ActivityId, reason);
        return null;
    }
}

namespace EthicsBot.Host.Explainer;

using System.Globalization;
using EthicsBot.Content.Answers;
using EthicsBot.Content.Loading;
using EthicsBot.Content.Validation;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;

/// <summary>
/// <c>explainer eval [content-dir] [--set file] [--at YYYY-MM-DD] [--misses|--all] [--min-coverage x] [--min-score y]</c>:
/// offline retrieval measured on the evaluation set, dev and test halves apart (thresholds were chosen on dev).
/// </summary>
public static class ExplainerEvalCommand
{
    public const string Usage = "explainer eval [content-dir] [--set content/eval/free-questions.tsv] [--at YYYY-MM-DD] [--misses|--all] [--min-coverage 0.3] [--min-score 26] [--Explainer:Endpoint=… --Explainer:Deployment=…]";

    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var dir = "content";
        var set = EvaluationSet.DefaultPath;
        var today = TimeZones.LocalDate(TimeProvider.System.GetUtcNow(), TimeZones.Resolve(TimeZones.VietnamId));
        var thresholds = AnswerThresholds.Default;
        var settings = args.Where(ExplainerCliHost.IsSetting).ToList();
        args = [.. args.Where(a => !ExplainerCliHost.IsSetting(a))];
        var misses = false;
        var everything = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--set" when value is not null: set = value; i++; break;
                case "--at" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today): i++; break;
                case "--min-coverage" when double.TryParse(value, CultureInfo.InvariantCulture, out var c): thresholds = thresholds with { MinCoverage = c }; i++; break;
                case "--min-score" when double.TryParse(value, CultureInfo.InvariantCulture, out var s): thresholds = thresholds with { MinScore = s }; i++; break;
                case "--misses": misses = true; break;
                case "--all": misses = true; everything = true; break;
                case var other when !other.StartsWith("--", StringComparison.Ordinal): dir = other; break;
                default: output.WriteLine($"Cannot read '{args[i]}'. Use: {Usage}"); return 2;
            }
        }

        var loaded = ContentLoader.Load(dir);
        if (loaded.Catalog is null)
        {
            return ContentValidateCommand.Run(dir, output, today);
        }

        if (!File.Exists(set))
        {
            output.WriteLine($"{set}: evaluation set not found.");
            return 2;
        }

        var catalog = LawCurrency.Apply(loaded.Catalog, today);
        var outcomes = Evaluation.Run(catalog, RuleIndex.Build(catalog), EvaluationSet.Parse(File.ReadAllText(set)), today, thresholds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Free-question evaluation, law as of {today:yyyy-MM-dd}, thresholds coverage >= {thresholds.MinCoverage}, score >= {thresholds.MinScore}"));
        output.WriteLine("part   answerable  to-decline  recall@3  correct-refusal  false-refusal");
        foreach (var (part, rows) in new[] { ("dev", outcomes.Where(o => o.Item.IsDev).ToList()), ("test", outcomes.Where(o => !o.Item.IsDev).ToList()), ("all", outcomes.ToList()) })
        {
            var s = Evaluation.Score(part, rows);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Part,-6} {s.Answerable,10}  {s.ToDecline,10}  {s.RecallAt3,8:0.000}  {s.CorrectRefusal,15:0.000}  {s.FalseRefusal,13:0.000}"));
        }

        output.WriteLine("Goals: recall@3 >= 0.9, correct refusal >= 0.9, false refusal <= 0.1.");
        if (ExplainerEvalModelCheck.IsConfigured(settings))
        {
            ExplainerEvalModelCheck.RunAsync(settings, catalog, outcomes, today, output).GetAwaiter().GetResult();
        }

        if (misses)
        {
            foreach (var o in outcomes.Where(o => everything || (o.Item.ShouldDecline ? !o.Declined : o.Recall < 1)))
            {
                var cited = string.Join(',', o.Answer.References.Select(r => r.Document.Id));
                var top = o.Answer.Rules.FirstOrDefault()?.Question.Id ?? "-";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{o.Item.Id} {o.Answer.Kind} conf={o.Answer.Confidence:0.00} score={o.Answer.Rules.FirstOrDefault()?.Score ?? 0:0.0} top={top} cited={cited} want={string.Join(',', o.Item.Expected)} | {o.Item.Question}"));
            }
        }

        return 0;
    }
}

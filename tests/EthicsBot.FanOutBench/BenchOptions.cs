namespace EthicsBot.FanOutBench;

using System.Globalization;

/// <summary>Command line: --users N --rate R [--provider sqlite|postgres] [--instances K] [--postgres connection-string] [--kill-halfway] [--transient-uses-quota] [--warmup W] [--seed S] [--host-dll path | --no-publish] [--keep] [--bot-arg --Key=value]...</summary>
internal sealed record BenchOptions
{
    public int Users { get; init; } = 20_000;
    public int Rate { get; init; } = 500;
    public bool KillHalfway { get; init; }
    /// <summary>Whether Teams counts an injected 503 against the limits before failing it (by default it fails first).</summary>
    public bool TransientUsesQuota { get; init; }
    public int Seed { get; init; } = 42;
    /// <summary>Users of a first, unmeasured push, so the measured one runs in a warmed-up process as it would in production.</summary>
    public int Warmup { get; init; }
    public string? HostDll { get; init; }
    /// <summary>Publish the host as deployed (ReadyToRun) and run that; --no-publish runs the build output instead.</summary>
    public bool Publish { get; init; } = true;
    public bool Keep { get; init; }
    /// <summary>Postgres: K instances share one database (a fresh schema of the server in --postgres or ETHICSBOT_TEST_POSTGRES).</summary>
    public bool Postgres { get; init; }
    public int Instances { get; init; } = 1;
    public string? PostgresServer { get; init; } = Environment.GetEnvironmentVariable("ETHICSBOT_TEST_POSTGRES");
    /// <summary>Extra configuration for the bot, passed through unchanged (for example --Daily:MaxConcurrency=64).</summary>
    public IReadOnlyList<string> BotArgs { get; init; } = [];

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        var botArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--users" => options with { Users = Int(args, ++i) },
                "--rate" => options with { Rate = Int(args, ++i) },
                "--seed" => options with { Seed = Int(args, ++i) },
                "--warmup" => options with { Warmup = Int(args, ++i) },
                "--kill-halfway" => options with { KillHalfway = true },
                "--transient-uses-quota" => options with { TransientUsesQuota = true },
                "--keep" => options with { Keep = true },
                "--provider" => options with { Postgres = Value(args, ++i).ToUpperInvariant() switch
                {
                    "POSTGRES" => true,
                    "SQLITE" => false,
                    _ => throw new ArgumentException("--provider is sqlite or postgres."),
                } },
                "--instances" => options with { Instances = Int(args, ++i) },
                "--postgres" => options with { PostgresServer = Value(args, ++i) },
                "--host-dll" => options with { HostDll = Value(args, ++i) },
                "--no-publish" => options with { Publish = false },
                "--bot-arg" => Add(options, botArgs, Value(args, ++i)),
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Use --users N --rate R [--provider sqlite|postgres] [--instances K] [--postgres connection-string] [--kill-halfway] [--transient-uses-quota] [--warmup W] [--seed S] [--host-dll path | --no-publish] [--keep] [--bot-arg --Key=value]."),
            };
        }

        if (options.Instances > 1 && !options.Postgres)
        {
            throw new ArgumentException("Several instances need --provider postgres: SQLite is one instance's database.");
        }

        if (options.Postgres && string.IsNullOrWhiteSpace(options.PostgresServer))
        {
            throw new ArgumentException("--provider postgres needs a server: --postgres <connection string> or ETHICSBOT_TEST_POSTGRES (see .ci/postgres-start).");
        }

        return options with { BotArgs = botArgs };
    }

    private static BenchOptions Add(BenchOptions options, List<string> botArgs, string value)
    {
        botArgs.Add(value);
        return options;
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static int Int(string[] args, int i) => int.Parse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture);
}

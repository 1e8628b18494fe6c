using EthicsBot.Content;
using EthicsBot.Dialogs;
using EthicsBot.Host.Admin;
using EthicsBot.Host.Bot;
using EthicsBot.Host.Cli;
using EthicsBot.Host.Configuration;
using EthicsBot.Host.Daily;
using EthicsBot.Host.Explainer;
using EthicsBot.Host.Health;
using EthicsBot.Host.Playground;
using EthicsBot.Host.Reports;
using EthicsBot.Host.Storage;
using EthicsBot.Host.Telemetry;

// Admin verbs ("content validate", "content report", "package") run and exit without starting the web host.
if (CliCommands.TryRun(args, Console.Out, out var exitCode))
{
    return exitCode;
}

// "play" starts the bot together with the Agents Playground for local chat.
var play = args.FirstOrDefault() == PlaygroundLauncher.Verb;
var builder = WebApplication.CreateBuilder(play ? args[1..] : args);
SettingsFiles.AddBesideTheBinary(builder.Configuration, builder.Environment);

builder.Services.AddContent();
builder.Services.AddStorage(builder.Configuration);
builder.Services.AddDialogs();
builder.Services.AddExplainer();
builder.Services.AddBotHost(builder.Configuration);
builder.Services.AddHealth();
builder.Services.AddDaily();
builder.Services.AddAdmin();
builder.Services.AddReports();
builder.Services.AddTelemetry(builder.Configuration);
if (play)
{
    builder.Services.AddHostedService<PlaygroundLauncher>();
}

var app = builder.Build();

app.MapBot();
app.MapHealth();
app.MapAdmin();
app.MapTelemetry();

await app.RunAsync();
return 0;

public partial class Program;

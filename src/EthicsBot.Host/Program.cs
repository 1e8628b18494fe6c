using Microsoft.Bot.Builder.Integration.AspNet.Core;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, CloudAdapter>();
var app = builder.Build();
app.Run();

public partial class Program;

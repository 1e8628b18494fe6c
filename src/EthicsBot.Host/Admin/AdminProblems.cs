namespace EthicsBot.Host.Admin;

/// <summary>The admin API's refusals, as problem details with a plain explanation and never a stack trace.</summary>
public static class AdminProblems
{
    public static IResult Unauthorized() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Unauthorized",
        detail: "Send an admin key as 'Authorization: Bearer <key>'.");

    public static IResult WholeDeploymentOnly(AdminCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden",
            detail: $"The key '{caller.Name}' is limited to one unit; this action changes the whole deployment.");
    }

    public static IResult TooLarge(long maxBytes) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"Admin requests may carry at most {maxBytes:N0} bytes (Admin:MaxBodyBytes).");

    public static IResult DatabaseUnavailable() => Results.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Database unavailable",
        detail: "The bot's database cannot be reached right now, so nothing was read or changed. Try again in a minute; check /healthz.");

    public static IResult Failed(string traceId) => Results.Problem(
        statusCode: StatusCodes.Status500InternalServerError,
        title: "Admin action failed",
        detail: $"The action failed on the server; nothing more is shown here. The log has the details under trace id {traceId}.");
}

namespace EthicsBot.Host.Admin;

/// <summary>
/// Who is calling an admin endpoint: the name of the key they presented and, for a unit admin, the unit the key is
/// limited to (null means the whole deployment). A handler takes it as a parameter; the key filter has already
/// refused requests without a valid key, so it is always there.
/// </summary>
public sealed record AdminCaller(string Name, string? UnitScope)
{
    /// <summary>A caller for actions the host takes by itself (the content file watcher), recorded under this name.</summary>
    public static AdminCaller System(string name) => new(name, null);

    /// <summary>True when the key is limited to a unit.</summary>
    public bool IsUnitScoped => UnitScope is not null;

    /// <summary>The caller the key filter attached to the request, or null outside the admin API.</summary>
    public static AdminCaller? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<AdminCaller>();
    }

    /// <summary>
    /// Minimal API binding: lets a handler declare an AdminCaller parameter. Binding runs before the endpoint filters,
    /// so the key is looked up here too. Without a valid key this gives a nameless caller rather than null, because a
    /// failed binding would answer 400 (with a stack trace in Development) before the key filter could answer 401;
    /// the key filter refuses such a request, so no handler ever sees that caller.
    /// </summary>
    public static ValueTask<AdminCaller> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = Of(context) ?? context.RequestServices.GetRequiredService<AdminKeyring>().FromRequest(context.Request);
        if (caller is not null)
        {
            context.Features.Set(caller);
        }

        return ValueTask.FromResult(caller ?? Refused);
    }

    private static readonly AdminCaller Refused = new(string.Empty, null);
}

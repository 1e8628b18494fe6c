namespace EthicsBot.Host.Reports;

using EthicsBot.Domain.Units;
using EthicsBot.Host.Admin;

/// <summary>
/// A unit-scoped key sees its unit and everything beneath it, nothing else; an unscoped key sees every unit and the
/// whole deployment. A scoped key that names no unit gets its own.
/// </summary>
internal static class ReportScope
{
    /// <summary>The unit to report (null = the whole deployment), or the 403 to answer.</summary>
    public static (string? Unit, IResult? Problem) Resolve(AdminCaller caller, string? requested, UnitDirectory units)
    {
        if (caller.UnitScope is not { } scope)
        {
            return (requested, null);
        }

        var unit = requested ?? scope;
        return Allows(caller, unit, units) ? (unit, null) : (null, Forbidden(caller, unit));
    }

    public static bool Allows(AdminCaller caller, string unitId, UnitDirectory units) =>
        caller.UnitScope is not { } scope || (units.Find(unitId) is not null && units.IsWithin(unitId, scope));

    public static IResult Forbidden(AdminCaller caller, string unit) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Forbidden",
        detail: $"The key '{caller.Name}' is limited to the unit '{caller.UnitScope}' and the units beneath it; '{unit}' is not one of them.");
}

namespace EthicsBot.Host.Reports.Roster;

using System.Text;
using EthicsBot.Domain.Units;
using EthicsBot.Persistence.Units;

/// <summary>The outcome of reading a roster: its entries, or one message per wrong row (then nothing may be applied).</summary>
internal sealed record RosterReadResult(IReadOnlyList<RosterEntry> Entries, IReadOnlyList<string> Errors);

/// <summary>
/// Reads a roster, CSV or xlsx, with the header <c>aadObjectId,unitId</c> or <c>userPrincipalName,unitId</c>. Every row is
/// checked (key shape, known unit, no person twice) and every problem reported with its row number, as a spreadsheet shows it.
/// </summary>
internal static class RosterReader
{
    public const int MaxRows = 50_000;

    /// <param name="scope">The unit of a unit-scoped admin key: rows for units outside it are errors.</param>
    public static RosterReadResult Read(byte[] body, UnitDirectory units, string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(units);
        List<string[]> rows;
        try
        {
            rows = RosterFile.Rows(body);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException or DecoderFallbackException)
        {
            return Fail("the file is neither CSV text nor a readable .xlsx workbook");
        }

        if (rows.Count == 0)
        {
            return Fail("the roster is empty; the first row must be 'aadObjectId,unitId' or 'userPrincipalName,unitId'");
        }

        var header = rows[0].Select(h => h.Trim()).Where(h => h.Length > 0).ToArray();
        RosterKey kind;
        if (header.Length == 2 && header[1].Equals("unitId", StringComparison.OrdinalIgnoreCase) && header[0].Equals("aadObjectId", StringComparison.OrdinalIgnoreCase))
        {
            kind = RosterKey.AadObjectId;
        }
        else if (header.Length == 2 && header[1].Equals("unitId", StringComparison.OrdinalIgnoreCase) && header[0].Equals("userPrincipalName", StringComparison.OrdinalIgnoreCase))
        {
            kind = RosterKey.UserPrincipalName;
        }
        else
        {
            return Fail($"row 1: the header must be 'aadObjectId,unitId' or 'userPrincipalName,unitId', not '{string.Join(",", header)}'");
        }

        if (rows.Count - 1 > MaxRows)
        {
            return Fail($"the roster has {rows.Count - 1} rows; at most {MaxRows} are read at once (split the file)");
        }

        var errors = new List<string>();
        var entries = new List<RosterEntry>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < rows.Count; i++)
        {
            var row = i + 1;
            var cells = rows[i].Select(c => c.Trim()).ToArray();
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            if (cells.Skip(2).Any(c => c.Length > 0))
            {
                errors.Add($"row {row}: {cells.Length} values; a row has two, the person and the unit id");
                continue;
            }

            var key = cells[0];
            var unit = cells.Length > 1 ? cells[1] : string.Empty;
            var problem = KeyProblem(kind, key) ?? UnitProblem(units, unit) ?? ScopeProblem(units, unit, scope);
            if (problem is null && seen.TryGetValue(key, out var first))
            {
                problem = $"'{key}' is already on row {first}";
            }

            if (problem is not null)
            {
                errors.Add($"row {row}: {problem}");
                continue;
            }

            seen[key] = row;
            entries.Add(new RosterEntry(kind, key, unit));
        }

        if (errors.Count == 0 && entries.Count == 0)
        {
            errors.Add("the roster has a header but no rows");
        }

        return errors.Count > 0 ? new RosterReadResult([], errors) : new RosterReadResult(entries, []);
    }

    private static string? KeyProblem(RosterKey kind, string key) => kind switch
    {
        _ when key.Length == 0 => "the person is empty",
        RosterKey.AadObjectId when !Guid.TryParse(key, out _) => $"'{key}' is not an Entra object id (a GUID such as 6f1c…-…)",
        RosterKey.UserPrincipalName when key.Count(c => c == '@') != 1 || key.StartsWith('@') || key.EndsWith('@') || key.Any(char.IsWhiteSpace) =>
            $"'{key}' is not a user principal name (name@domain)",
        _ => null,
    };

    private static string? UnitProblem(UnitDirectory units, string unit)
    {
        if (unit.Length == 0)
        {
            return "the unit id is empty";
        }

        if (units.Find(unit) is not null)
        {
            return null;
        }

        var guess = units.Search(unit.Replace('-', ' '), 1).FirstOrDefault();
        return guess is null ? $"unknown unit '{unit}'" : $"unknown unit '{unit}' (did you mean '{guess.Id}', {guess.Name}?)";
    }

    private static string? ScopeProblem(UnitDirectory units, string unit, string? scope) =>
        scope is null || units.IsWithin(unit, scope) ? null : $"unit '{unit}' is outside '{scope}', the unit this admin key is limited to";

    private static RosterReadResult Fail(string message) => new([], [message]);
}

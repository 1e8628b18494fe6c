namespace EthicsBot.Content.Validation;

using System.Text.RegularExpressions;
using EthicsBot.Content.Loading;

/// <summary>Ids are stable keys stored with every answer, so their shape and uniqueness are checked everywhere.</summary>
internal static partial class IdRules
{
    /// <summary>Checks shape and uniqueness; returns the first definition of every id.</summary>
    public static Dictionary<string, RawScalar> CheckUnique(IEnumerable<RawScalar?> ids, string what, ContentDiagnostics diagnostics)
    {
        var seen = new Dictionary<string, RawScalar>(StringComparer.Ordinal);
        foreach (var id in ids.OfType<RawScalar>())
        {
            if (!IdShape().IsMatch(id.Value))
            {
                diagnostics.Error(id.At, $"{what} id '{id.Value}' must be lower case letters, digits and single dashes");
            }

            if (seen.TryGetValue(id.Value, out var first))
            {
                diagnostics.Error(id.At, $"duplicate {what} id '{id.Value}' (first defined at {first.At.Path}:{first.At.Line}:{first.At.Column})");
            }
            else
            {
                seen.Add(id.Value, id);
            }
        }

        return seen;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();
}

namespace EthicsBot.Content.Loading;

/// <summary>Reads references.yaml (and references/*.yaml), the legal-reference registry: <c>documents: [ ... ]</c>.</summary>
internal static class RegistryParser
{
    private static readonly string[] DocumentKeys =
        ["id", "number", "title", "issued", "effective", "note", "replaced_by", "superseded_on", "articles"];

    public static IReadOnlyList<RawDocument>? Parse(YamlNode root, string path, ContentDiagnostics diagnostics)
    {
        var items = MappingReader.Open(root, path, diagnostics, "documents")?.Sequence("documents", required: true);
        if (items is null)
        {
            return null;
        }

        var documents = new List<RawDocument>();
        foreach (var item in items)
        {
            var doc = MappingReader.Open(item, path, diagnostics, DocumentKeys);
            if (doc is null)
            {
                continue;
            }

            documents.Add(new RawDocument
            {
                At = doc.At,
                Id = doc.Required("id"),
                Number = doc.Required("number"),
                Title = doc.Text("title", required: true),
                Issued = doc.Optional("issued"),
                Effective = doc.Optional("effective"),
                Note = doc.Optional("note"),
                ReplacedBy = doc.Optional("replaced_by"),
                Articles = doc.Optional("articles"),
                SupersededOn = doc.Optional("superseded_on"),
            });
        }

        return documents;
    }
}

namespace EthicsBot.Content.Loading;

/// <summary>Reads topics.yaml: <c>topics: [ { id, name, description, aliases } ]</c>.</summary>
internal static class TopicsParser
{
    public static IReadOnlyList<RawTopic>? Parse(YamlNode root, string path, ContentDiagnostics diagnostics)
    {
        var items = MappingReader.Open(root, path, diagnostics, "topics")?.Sequence("topics", required: true);
        if (items is null)
        {
            return null;
        }

        var topics = new List<RawTopic>();
        foreach (var item in items)
        {
            var topic = MappingReader.Open(item, path, diagnostics, "id", "name", "description", "aliases");
            if (topic is null)
            {
                continue;
            }

            var aliases = (topic.Sequence("aliases", required: false) ?? [])
                .Select(a => MappingReader.ScalarOf(a, path, "an alias", diagnostics))
                .OfType<RawScalar>()
                .ToList();
            topics.Add(new RawTopic(
                topic.At,
                topic.Required("id"),
                topic.Text("name", required: true),
                topic.Text("description", required: true),
                aliases));
        }

        return topics;
    }
}

namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Text;

/// <summary>Finds the topic a user named after "quiz": its id, an alias or its name in either language.</summary>
public static class TopicResolver
{
    public static Topic? Resolve(IReadOnlyList<Topic> topics, string typed)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var wanted = Fold(typed);
        return topics.FirstOrDefault(t => Fold(t.Id) == wanted)
            ?? topics.FirstOrDefault(t => t.Aliases.Any(a => Fold(a) == wanted))
            ?? topics.FirstOrDefault(t => Fold(t.Name.Vi) == wanted || Fold(t.Name.En) == wanted);
    }

    // "du-lieu", "du lieu" and "Dữ liệu" all name the same thing.
    private static string Fold(string text) => TextNormalizer.Normalize(text.Replace('-', ' '));
}

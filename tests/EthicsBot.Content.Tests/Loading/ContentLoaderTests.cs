namespace EthicsBot.Content.Tests.Loading;

using EthicsBot.Content.Loading;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Load_ValidFolder_BuildsCatalogWithEveryFile()
    {
        var result = content.Load();

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        var catalog = result.Catalog!;
        Assert.Equal(["social-media", "integrity"], catalog.Topics.Select(t => t.Id));
        Assert.Equal(["mxh", "social"], catalog.FindTopic("social-media")!.Aliases);
        Assert.Equal(DocumentStatus.Superseded, catalog.Documents["law-old"].StatusOn(new DateOnly(2025, 7, 1)));
        Assert.Equal(DocumentStatus.InForce, catalog.Documents["law-old"].StatusOn(new DateOnly(2025, 6, 30)));
        Assert.Equal("law-new", catalog.Documents["law-old"].ReplacedBy);
        Assert.Equal(new DateOnly(2025, 6, 24), catalog.Documents["law-new"].Issued);
        Assert.Equal(["in-001", "sm-001"], catalog.Questions.Select(q => q.Id).Order());
        Assert.StartsWith("c-", catalog.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SingleQuestion_GradesAnswerBestAndOthersWrong()
    {
        var question = content.Load().Catalog!.QuestionsById["sm-001"];

        Assert.Equal(QuestionKind.Single, question.Kind);
        Assert.Equal(1, question.Difficulty);
        Assert.Equal("social-media", question.TopicId);
        Assert.Equal(OptionGrade.Best, question.Grades["b"]);
        Assert.Equal(OptionGrade.Wrong, question.Grades["a"]);
        Assert.Equal(OptionGrade.Wrong, question.Grades["c"]);
        Assert.Equal(["a", "b", "c"], question.OptionIds);
        Assert.Equal("Report it to the manager in charge", question.For(Locale.En).Options[1].Text);
        Assert.Equal(new LegalReference { DocumentId = "law-new", Article = "14" }, Assert.Single(question.References));
    }

    [Fact]
    public void Load_DilemmaInSubfolder_ReadsGradesAndClause()
    {
        var question = content.Load().Catalog!.QuestionsById["in-001"];

        Assert.Equal(QuestionKind.Dilemma, question.Kind);
        Assert.Equal(OptionGrade.Best, question.Grades["a"]);
        Assert.Equal(OptionGrade.Acceptable, question.Grades["b"]);
        Assert.Equal(OptionGrade.Wrong, question.Grades["d"]);
        Assert.Equal("1", question.References[0].Clause);
        Assert.Equal("integrity", question.TopicId);
    }

    [Fact]
    public void Load_DecomposedVietnamese_IsAnErrorThatShowsTheComposedForm()
    {
        content.Replace("questions/q.yaml", "Chị Lan", "Chị Lan".Normalize(System.Text.NormalizationForm.FormD));

        var error = Assert.Single(content.Errors());

        Assert.StartsWith("questions/q.yaml:11:13: text is not in Unicode NFC (composed characters); write 'Chị Lan thấy", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NewStyleToneMark_IsAnErrorNamingTheTraditionalSpelling()
    {
        content.Replace("questions/q.yaml", "về phường", "về hoà giải ở phường");

        Assert.Equal(["questions/q.yaml:11:13: tone mark placement: write 'hòa', not 'hoà' (traditional placement, as in legal texts)"], content.Errors());
    }

    [Fact]
    public void Load_NewStyleToneMarkInATopicDescription_IsAnError()
    {
        content.Replace("topics.yaml", "Quà tặng và xung đột lợi ích", "Quà tặng và hoà giải");

        Assert.Contains(content.Errors(), e => e.Contains("write 'hòa', not 'hoà'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_RegistryFolder_AddsDocuments()
    {
        content.Write("references/extra.yaml", "documents:\n  - id: law-extra\n    number: 1/2026/QH16\n    title: { vi: Luật khác, en: Other law }\n    effective: 2026-01-01\n");

        var catalog = content.Load().Catalog!;

        Assert.Equal(new DateOnly(2026, 1, 1), catalog.Documents["law-extra"].Effective);
    }

    [Fact]
    public void Load_UnknownKey_IsAnErrorAtTheKey()
    {
        content.Replace("questions/q.yaml", "    difficulty: 1", "    dificulty: 1");

        var errors = content.Errors();

        Assert.Contains("questions/q.yaml:4:5: unknown key 'dificulty' (allowed: id, difficulty, kind, objective, answer, grades, references, vi, en)", errors);
        Assert.Contains("questions/q.yaml:3:5: missing 'difficulty'", errors);
    }

    [Fact]
    public void Load_MissingTextsInBothLocales_ReportsEach()
    {
        content.Replace("questions/q.yaml", "          feedback: Sai, dễ gây tranh cãi trên mạng.\n", string.Empty)
            .Replace("questions/q.yaml", "      explanation: Share only verified information and report false information.\n", string.Empty)
            .Replace("questions/q.yaml", "      stem: Lan sees", "      stm: Lan sees");

        var errors = content.Errors();

        Assert.Contains("questions/q.yaml:19:11: missing 'feedback'", errors);
        Assert.Contains("questions/q.yaml:23:7: missing 'stem'", errors);
        Assert.Contains("questions/q.yaml:23:7: missing 'explanation'", errors);
        Assert.Contains("questions/q.yaml:23:7: unknown key 'stm' (allowed: stem, options, explanation)", errors);
    }

    [Fact]
    public void Load_EmptyText_IsAnError()
    {
        content.Replace("questions/q.yaml", "          text: Argue in the comments", "          text: \"  \"");

        Assert.Contains("questions/q.yaml:33:17: 'text' is empty", content.Errors());
    }

    [Fact]
    public void Load_ListWhereValueExpected_IsAnError()
    {
        content.Replace("questions/q.yaml", "    answer: b", "    answer: [b]");

        Assert.Contains("questions/q.yaml:6:13: 'answer' must be a single value, not a list or mapping", content.Errors());
    }

    [Fact]
    public void Load_MissingRequiredFile_IsAnError()
    {
        content.Delete("calendar.yaml");

        Assert.Equal(["calendar.yaml:1:1: required file 'calendar.yaml' is missing"], content.Errors());
    }

    [Fact]
    public void Load_MissingFolder_IsAnError()
    {
        var result = ContentLoader.Load(Path.Combine(content.Root, "nope"));

        Assert.Null(result.Catalog);
        Assert.EndsWith("nope:1:1: content folder not found", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EditorLockFileAndOtherExtensions_AreIgnored()
    {
        content.Write("questions/.#q.yaml", "not: [valid")
            .Write("questions/notes.md", "# notes");

        Assert.Empty(content.Errors());
    }

    [Fact]
    public void Load_ManyProblems_AreAllReportedInFileOrder()
    {
        content.Replace("questions/q.yaml", "    difficulty: 1", "    difficulty: 0")
            .Replace("questions/q.yaml", "    kind: single", "    kind: multiple")
            .Replace("topics.yaml", "  - id: integrity", "  - id: Integrity");

        var errors = content.Errors();

        Assert.True(errors.Count >= 4, string.Join("\n", errors));
        Assert.Equal([.. errors.OrderBy(e => e.Split(':')[0], StringComparer.Ordinal)], errors);
        Assert.Contains("questions/q.yaml:4:17: difficulty '0' must be 1, 2 or 3", errors);
        Assert.Contains("questions/q.yaml:5:11: kind 'multiple' must be single or dilemma", errors);
    }
}

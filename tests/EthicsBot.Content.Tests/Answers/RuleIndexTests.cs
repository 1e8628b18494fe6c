namespace EthicsBot.Content.Tests.Answers;

using EthicsBot.Content.Answers;
using EthicsBot.Content.Search;
using EthicsBot.Domain;

public sealed class RuleIndexTests
{
    [Fact]
    public void Search_StateSecretPhrase_FindsStateSecretRulesNotEveryHouse()
    {
        var hits = ShippedBank.Index.Search("bí mật nhà nước", 3);

        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Contains("bi mat nha nuoc", VietnameseText.Normalize(h.Question.Vi.Explanation), StringComparison.Ordinal));
    }

    [Fact]
    public void Search_WithoutDiacritics_RanksLikeWithDiacritics()
    {
        var marked = ShippedBank.Index.Search("Có được gửi ảnh chụp văn bản mật qua Zalo không?", 3).Select(h => h.Question.Id);
        var plain = ShippedBank.Index.Search("co duoc gui anh chup van ban mat qua zalo khong", 3).Select(h => h.Question.Id);

        Assert.Equal(marked, plain);
    }

    [Fact]
    public void Answer_CommonSyllableAlone_IsNotEnoughToAnswer()
    {
        var answer = FreeQuestionAnswerer.Answer(ShippedBank.Catalog, ShippedBank.Index, "nhà nước", Locale.Vi, ShippedBank.Day);

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    [Fact]
    public void Answer_CoveredQuestion_UsesExplanationSentencesAndInForceReferencesOnly()
    {
        var answer = FreeQuestionAnswerer.Answer(
            ShippedBank.Catalog, ShippedBank.Index, "Tôi có được soạn tài liệu mật trên laptop cá nhân có kết nối Internet không?", Locale.Vi, ShippedBank.Day);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.InRange(answer.Sentences.Count, 1, 3);
        var explanation = answer.Rules[0].Question.Vi.Explanation;
        Assert.All(answer.Sentences, s => Assert.Contains(s, explanation, StringComparison.Ordinal));
        Assert.Contains(answer.References, r => r.Document.Id == "luat-bvbmnn-2025");
        Assert.All(answer.References, r => Assert.True(r.Document.IsInForceOn(ShippedBank.Day), r.Document.Id));
    }

    [Fact]
    public void Answer_EnglishQuestion_AnswersInTheUsersLanguage()
    {
        var answer = FreeQuestionAnswerer.Answer(
            ShippedBank.Catalog, ShippedBank.Index, "Can I paste a classified report into an AI chatbot to summarise it?", Locale.En, ShippedBank.Day);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.All(answer.Sentences, s => Assert.Contains(s, answer.Rules[0].Question.En.Explanation, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Theo Luật Cán bộ, công chức 2008, công chức có được thành lập doanh nghiệp không?", "luat-cbcc-2008")]
    [InlineData("Luật 22/2008/QH12 quy định các hình thức kỷ luật công chức ra sao?", "luat-cbcc-2008")]
    [InlineData("Under the 2010 Law on Public Employees, can a nurse run a private clinic?", "luat-vc-2010")]
    public void Answer_ReplacedLawNamed_MentionsItAndCitesOnlyLawInForce(string question, string replaced)
    {
        var answer = FreeQuestionAnswerer.Answer(ShippedBank.Catalog, ShippedBank.Index, question, Locale.Vi, ShippedBank.Day);

        Assert.Contains(answer.Mentions, m => m.Document?.Id == replaced);
        Assert.DoesNotContain(answer.References, r => r.Document.Id == replaced);
    }

    [Theory]
    [InlineData("Nghị định 999/2025/NĐ-CP cấm công chức dùng TikTok đúng không?")]
    [InlineData("Theo Luật An ninh mạng 2020, có được dùng Wi-Fi công cộng không?")]
    public void Answer_DocumentTheRegistryLacks_Declines(string question)
    {
        var answer = FreeQuestionAnswerer.Answer(ShippedBank.Catalog, ShippedBank.Index, question, Locale.Vi, ShippedBank.Day);

        Assert.Equal(AnswerKind.UnknownDocument, answer.Kind);
        Assert.Empty(answer.References);
    }
}

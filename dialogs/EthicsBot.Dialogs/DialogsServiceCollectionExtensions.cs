namespace EthicsBot.Dialogs;

using EthicsBot.Content.Answers;
using EthicsBot.Dialogs.Ask;
using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Dialogs.Feedback;
using EthicsBot.Dialogs.Privacy;
using EthicsBot.Dialogs.Progress;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Dialogs.Settings;
using EthicsBot.Dialogs.Storage;
using EthicsBot.Dialogs.Teams;
using EthicsBot.Dialogs.Welcome;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Teams bot (<see cref="IBot"/> = <see cref="EthicsTeamsBot"/>), its flows, the daily
    /// <see cref="IDailyQuizComposer"/>, Bot Builder's <see cref="ConversationState"/> over
    /// <see cref="DocumentStoreStorage"/>, and <see cref="QuizOptions"/> ("Quiz") and <see cref="DailyQuizOptions"/>
    /// ("Daily") validated at start-up. The host provides IContentCatalogProvider (AddContent), the stores
    /// (AddSqlitePersistence or AddPostgresPersistence: users, quizzes, documents, conversation references, daily
    /// subscriptions, deliveries) and IConfiguration; an IStorage, TimeProvider, Random or IExplainer registered before
    /// this call is kept (no IExplainer: the bot answers offline only). ExplainerOptions ("Explainer") is validated at
    /// start-up too.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddOptions<QuizOptions>()
            .BindConfiguration(QuizOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<DailyQuizOptions>()
            .BindConfiguration(DailyQuizOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<Leaderboards.LeaderboardOptions>()
            .BindConfiguration(Leaderboards.LeaderboardOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ContestOptions>()
            .BindConfiguration(ContestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContestOptions>, ContestTopicsValidator>());
        services.AddOptions<ExplainerOptions>()
            .BindConfiguration(ExplainerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IExplainer, NoExplainer>();
        services.AddSingleton<ExplainerStats>();
        services.AddSingleton<ExplainerAllowance>();
        services.AddSingleton<ExplanationService>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Random.Shared);
        services.AddSingleton<FlowStateStore>();

        services.AddSingleton<UserProfiles>();
        services.AddSingleton<QuizView>();
        services.AddSingleton<WelcomeFlow>();
        services.AddSingleton<WelcomeClaims>();
        services.AddSingleton<QuizFlow>();
        services.AddSingleton<AnswerFlow>();
        services.AddSingleton<ProgressFlow>();
        services.AddSingleton<ExplainFlow>();
        services.AddSingleton<LanguageFlow>();
        services.AddSingleton<PrivacyFlow>();
        services.AddSingleton<DailySettingsFlow>();
        services.AddSingleton<RuleIndexCache>();
        services.AddSingleton<UnansweredQuestions>();
        services.AddSingleton<AskFlow>();
        services.AddSingleton<FeedbackQuarantine>();
        services.AddSingleton<FeedbackFlow>();
        services.AddSingleton<Units.UnitFlow>();
        services.AddSingleton<Leaderboards.LeaderboardChannelFlow>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<DailyQuizComposer>();
        services.AddSingleton<IDailyQuizComposer>(sp => sp.GetRequiredService<DailyQuizComposer>());
        services.AddSingleton<Flows>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<TurnRouter>();
        services.AddSingleton<EthicsTeamsBot>();
        services.AddSingleton<IBot>(sp => sp.GetRequiredService<EthicsTeamsBot>());
        return services;
    }
}

namespace EthicsBot.Persistence.Tests;

using EthicsBot.Persistence.Tests.Admin;
using EthicsBot.Persistence.Tests.Content;
using EthicsBot.Persistence.Tests.Daily;
using EthicsBot.Persistence.Tests.Documents;
using EthicsBot.Persistence.Tests.Feedback;
using EthicsBot.Persistence.Tests.Leaderboards;
using EthicsBot.Persistence.Tests.Leases;
using EthicsBot.Persistence.Tests.Quizzes;
using EthicsBot.Persistence.Tests.Reports;
using EthicsBot.Persistence.Tests.Units;
using EthicsBot.Persistence.Tests.Users;

// Each contract suite once per store: the same tests, unchanged, against SQLite and against PostgreSQL.
public sealed class SqliteUserStoreTests : UserStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresUserStoreTests : UserStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteUserTurnStoreTests : UserTurnStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresUserTurnStoreTests : UserTurnStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteQuizStoreTests : QuizStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresQuizStoreTests : QuizStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteDocumentStoreTests : DocumentStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresDocumentStoreTests : DocumentStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteConversationReferenceStoreTests : ConversationReferenceStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresConversationReferenceStoreTests : ConversationReferenceStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteDailySubscriptionStoreTests : DailySubscriptionStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresDailySubscriptionStoreTests : DailySubscriptionStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteDeliveryStoreTests : DeliveryStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresDeliveryStoreTests : DeliveryStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteDeliveryStoreClaimTests : DeliveryStoreClaimContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresDeliveryStoreClaimTests : DeliveryStoreClaimContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteDeliveryStoreBatchTests : DeliveryStoreBatchContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresDeliveryStoreBatchTests : DeliveryStoreBatchContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteLeaseStoreTests : LeaseStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresLeaseStoreTests : LeaseStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteAdminAuditStoreTests : AdminAuditStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresAdminAuditStoreTests : AdminAuditStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteUnitStoreTests : UnitStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresUnitStoreTests : UnitStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteReportStoreTests : ReportStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresReportStoreTests : ReportStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteFeedbackStoreTests : FeedbackStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresFeedbackStoreTests : FeedbackStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteCompletionStoreTests : CompletionStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresCompletionStoreTests : CompletionStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteContentImportStoreTests : ContentImportStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresContentImportStoreTests : ContentImportStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

public sealed class SqliteLeaderboardChannelStoreTests : LeaderboardChannelStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();
}

public sealed class PostgresLeaderboardChannelStoreTests : LeaderboardChannelStoreContract
{
    protected override Task<StoreDatabase> CreateAsync() => PostgresTestDatabase.CreateMigratedAsync();
}

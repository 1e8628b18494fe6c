namespace EthicsBot.Persistence.Sqlite;

using Microsoft.Data.Sqlite;

internal static class SqliteConnectionExtensions
{
    /// <summary>
    /// BEGIN IMMEDIATE: takes the write lock up front (waiting up to the busy timeout). A deferred transaction
    /// that reads and then writes can fail with SQLITE_BUSY when another writer committed in between.
    /// </summary>
    public static SqliteTransaction BeginWrite(this SqliteConnection connection) => connection.BeginTransaction(deferred: false);

    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}

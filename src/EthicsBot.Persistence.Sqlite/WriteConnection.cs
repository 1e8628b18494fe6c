namespace EthicsBot.Persistence.Sqlite;

using Microsoft.Data.Sqlite;

/// <summary>A connection that holds the process's write turn (see <see cref="SqliteDatabase.OpenWriteAsync"/>) until disposed.</summary>
internal sealed class WriteConnection(string connectionString, SemaphoreSlim writeTurn) : SqliteConnection(connectionString)
{
    private int released;

    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        finally
        {
            // Dispose may run twice (DisposeAsync then Dispose); the turn is given on once.
            if (disposing && Interlocked.Exchange(ref released, 1) == 0)
            {
                writeTurn.Release();
            }
        }
    }
}

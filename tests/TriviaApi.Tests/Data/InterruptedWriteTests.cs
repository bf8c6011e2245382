using Microsoft.Data.Sqlite;
using TriviaApi.Data;

namespace TriviaApi.Tests.Data;

/// <summary>
/// A process killed while it wrote in rollback-journal mode leaves its journal beside the file. The file check that
/// the server's start, the import command and the backup run first puts the pages back, where it may write.
/// </summary>
public sealed class InterruptedWriteTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"trivia-journal-{Guid.NewGuid():N}")).FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_check_rolls_back_a_journal_left_by_a_writer_that_died()
    {
        var file = await LeftMidTransactionAsync();

        await new DatabaseFile($"Data Source={file}").CheckAsync(mustExist: true);

        Assert.False(File.Exists(file + "-journal"));
        Assert.Equal(["before"], await RowsAsync(file));
    }

    [Fact]
    public async Task A_read_only_check_refuses_a_journal_it_may_not_roll_back()
    {
        var file = await LeftMidTransactionAsync();

        var refused = await Assert.ThrowsAsync<DatabaseFaultException>(() => new DatabaseFile($"Data Source={file};Mode=ReadOnly").CheckAsync(mustExist: true));

        Assert.Contains(file, refused.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(file + "-journal"));
    }

    /// <summary>
    /// A file and its journal as a writer killed mid-transaction leaves them: copied while a transaction in
    /// rollback-journal mode has written pages into the file (its cache is too small to hold them), then abandoned.
    /// </summary>
    private async Task<string> LeftMidTransactionAsync()
    {
        var writing = Path.Combine(_folder, "writing.db");
        await using var writer = new SqliteConnection($"Data Source={writing};Pooling=False");
        await writer.OpenAsync();
        await ExecuteAsync(writer, "PRAGMA journal_mode = DELETE; CREATE TABLE t (x); INSERT INTO t VALUES ('before'); PRAGMA cache_size = 10;");
        await using (var transaction = await writer.BeginTransactionAsync())
        {
            await ExecuteAsync(writer, "UPDATE t SET x = 'during'; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO t SELECT randomblob(1000) FROM n;");
            var left = Path.Combine(_folder, "left.db");
            File.Copy(writing, left);
            File.Copy(writing + "-journal", left + "-journal");
            return left;
        }
    }

    private static async Task<List<string>> RowsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT x FROM t";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

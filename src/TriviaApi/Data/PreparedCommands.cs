using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace TriviaApi.Data;

/// <summary>
/// Raw SQLite commands beside EF Core, in the context's current transaction: prepared once and run many times by the
/// import's writers and the search index upkeep.
/// </summary>
internal static class PreparedCommands
{
    public static DbCommand Prepare(TriviaDbContext db, string sql, params string[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    /// <summary>Runs the command with its parameters set in order (null as SQL NULL); returns the first column of the first row, if any.</summary>
    public static object? Execute(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteScalar();
    }

    /// <summary>
    /// Streams a query's first column as 64-bit integers through SQLite's C API: for reads of tens of millions of rows,
    /// where the ADO.NET reader's bookkeeping per value costs twice what SQLite spends finding the rows.
    /// </summary>
    public static void ForEachInteger(TriviaDbContext db, string sql, string parameter, string value, Action<long> each)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
        using (statement)
        {
            Check(connection, raw.sqlite3_bind_text(statement, raw.sqlite3_bind_parameter_index(statement, parameter), value));
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                each(raw.sqlite3_column_int64(statement, 0));
            }

            if (result != raw.SQLITE_DONE)
            {
                Check(connection, result);
            }
        }
    }

    private static void Check(SqliteConnection connection, int result) => SqliteException.ThrowExceptionForRC(result, connection.Handle);

    /// <summary>Runs an insert ending in <c>RETURNING Id</c>; returns the new row's id.</summary>
    public static int Insert(DbCommand command, params object?[] values) =>
        Convert.ToInt32(Execute(command, values), System.Globalization.CultureInfo.InvariantCulture);
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
}

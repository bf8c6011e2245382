using System.Text;
using TriviaApi.Importing;

namespace TriviaApi.Benchmarks;

/// <summary>
/// The import's floor: the same lines the importer reads, bulk-loaded by the <c>sqlite3</c> shell into a plain table
/// with an FTS5 index, in one transaction. No extraction, no mentions, no EF Core: what SQLite alone costs.
/// Writes <c>facts.txt</c> (ASCII unit and record separators, so no quoting is needed) and <c>floor.sql</c>, to be
/// timed as <c>sqlite3 DB &lt; floor.sql</c>.
/// </summary>
public static class SqliteFloorScript
{
    public const string ScriptName = "floor.sql";
    private const char UnitSeparator = '\x1F';
    private const char RecordSeparator = '\x1E';

    /// <summary>Writes the data file and the script into <paramref name="outputFolder"/>; returns the number of facts.</summary>
    public static int Write(string corpusFolder, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var dataPath = Path.GetFullPath(Path.Combine(outputFolder, "facts.txt"));
        var id = 0;
        using (var data = new StreamWriter(dataPath, false, new UTF8Encoding(false)))
        {
            foreach (var source in TriviaSourceLoader.Load([corpusFolder]))
            {
                foreach (var line in source.ReadLines())
                {
                    data.Write($"{++id}{UnitSeparator}{source.FileName}{UnitSeparator}{line.Number}{UnitSeparator}{line.Text}{RecordSeparator}");
                }
            }
        }

        File.WriteAllText(Path.Combine(outputFolder, ScriptName), $"""
            CREATE TABLE Facts (Id INTEGER PRIMARY KEY, SourceFile TEXT NOT NULL, SourceLine INTEGER NOT NULL, Text TEXT NOT NULL);
            CREATE VIRTUAL TABLE FactSearch USING fts5(Text, content='Facts', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
            BEGIN;
            .mode ascii
            .import '{dataPath.Replace("'", "''", StringComparison.Ordinal)}' Facts
            INSERT INTO FactSearch(rowid, Text) SELECT Id, Text FROM Facts;
            COMMIT;
            .mode list
            SELECT 'floor facts=' || count(*) FROM Facts;

            """);
        return id;
    }
}

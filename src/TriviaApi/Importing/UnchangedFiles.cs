using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Data.Configurations;
using TriviaApi.Domain;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>
/// Recognises the files an import can skip: those whose bytes, manifest (or <c>--title</c>/<c>--year</c>) and reading
/// build are those of their last import. The build is part of the hash because a new extractor may link the same
/// lines differently; a skipped file's facts keep the links they were given when it was last imported. The record of
/// a file is also what its facts refer to.
/// </summary>
internal static class UnchangedFiles
{
    private static readonly byte[] Build = typeof(TriviaFileExtractor).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    /// <summary>The sources to import, each with its hash, and those unchanged since their last import.</summary>
    public static async Task<(List<(TriviaSource Source, string Hash)> Changed, List<TriviaSource> Unchanged)> SortAsync(
        TriviaDbContext db, IReadOnlyList<TriviaSource> sources, CancellationToken cancellationToken)
    {
        var hashed = sources.Select(s => (Source: s, s.Hash)).ToList();

        // The whole table (a row per file ever imported), not the names given: EF binds a list as one parameter per
        // name, and SQLite looks each name up in a list, so ten thousand names cost seconds.
        var known = await LastImportsAsync(db, cancellationToken);
        var unchanged = hashed.Where(h => known.GetValueOrDefault(h.Source.FileName) == h.Hash).ToList();
        return (hashed.Except(unchanged).ToList(), unchanged.Select(h => h.Source).ToList());
    }

    /// <summary>
    /// How many facts the files hold when every one is as last imported, else null: read two at a time (the machine's
    /// cores share the reading), stopping at the first changed file. Nothing is parsed or checked: an unchanged file
    /// was checked when it was imported.
    /// </summary>
    /// <exception cref="AggregateException">A file could not be read (<see cref="ImportException"/>, <see cref="IOException"/>…).</exception>
    public static int? CountFactsIfAllUnchanged(IReadOnlyList<string> files, string? title, int? year, IReadOnlyDictionary<string, string> lastImports)
    {
        var facts = 0;
        var loop = Parallel.ForEach(files, (file, state) =>
        {
            var raw = TriviaSourceLoader.ReadRaw(file, title, year);
            if (lastImports.GetValueOrDefault(raw.Name) == raw.Hash)
            {
                Interlocked.Add(ref facts, TriviaFileReader.CountFacts(raw.Text));
            }
            else
            {
                state.Stop();
            }
        });
        return loop.IsCompleted ? facts : null;
    }

    /// <summary>
    /// Records the files an import reads, with their hashes and languages, in its transaction and before their facts are written: a
    /// file keeps its row, and so the id its facts refer to, from one import to the next.
    /// </summary>
    public static async Task<Dictionary<string, RecordedFile>> RecordAsync(
        TriviaDbContext db, IReadOnlyList<(TriviaSource Source, string Hash)> imported, DateTime now, CancellationToken cancellationToken)
    {
        // One statement, the files as one JSON parameter: EF would track and write each of thousands of rows, binding
        // a list as one parameter per value, each bound by looking its name up among the others.
        var stored = new StoredColumns<ImportedFile>(db, f => f.Id, f => f.FileName, f => f.Hash, f => f.Language, f => f.ImportedAt);
        var (id, name, hash, language, importedAt) = (stored.Names[0], stored.Names[1], stored.Names[2], stored.Names[3], stored.Names[4]);
        using var lastId = PreparedCommands.Prepare(db, $"SELECT COALESCE(MAX({id}), 0) FROM {stored.Table}");
        var lastIdBefore = Convert.ToInt32(PreparedCommands.Execute(lastId), CultureInfo.InvariantCulture);
        using (var upsert = PreparedCommands.Prepare(db,
            $"""
            INSERT INTO {stored.Table} ({name}, {hash}, {language}, {importedAt}) SELECT value ->> 0, value ->> 1, value ->> 2, $now FROM json_each($files) WHERE true
            ON CONFLICT ({name}) DO UPDATE SET {hash} = excluded.{hash}, {language} = excluded.{language}, {importedAt} = excluded.{importedAt}
            """, "$files", "$now"))
        {
            PreparedCommands.Execute(upsert, JsonSerializer.Serialize(imported.Select(i => new[] { i.Source.FileName, i.Hash, i.Source.Language })), now);
        }

        // A file new to the table is given an id above every id it held before.
        await using var select = PreparedCommands.Prepare(db, $"SELECT {name}, {id} FROM {stored.Table}");
        var ids = await ReadPairsAsync(select, r => r.GetInt32(1), cancellationToken);
        return imported.ToDictionary(i => i.Source.FileName, i => new RecordedFile(ids[i.Source.FileName], ids[i.Source.FileName] <= lastIdBefore));
    }

    /// <summary>The hash of each file as it was last imported, by file name: the loader skips checking those unchanged.</summary>
    public static async Task<Dictionary<string, string>> LastImportsAsync(TriviaDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await LastImportsAsync(db.Database.GetDbConnection(), SelectLastImportsOf(db), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The same, read from the file alone when its schema is this build's (else null: the import upgrades it first),
    /// on a read-only connection of its own, without EF: what an import of unchanged files needs before the app is built.
    /// </summary>
    /// <exception cref="DatabaseFaultException">The file is missing or cannot be used.</exception>
    /// <exception cref="SqliteException">The file cannot be read as a database of this app.</exception>
    public static async Task<Dictionary<string, string>?> LastImportsIfSchemaCurrentAsync(DatabaseFile file, CancellationToken cancellationToken = default)
    {
        await file.CheckAsync(mustExist: true, cancellationToken: cancellationToken);
        await using var connection = await file.OpenReadOnlyAsync(cancellationToken);
        return await DatabaseSetup.HasCurrentSchemaAsync(connection, cancellationToken)
            ? await LastImportsAsync(connection, ImportedFileConfiguration.SelectHashes, cancellationToken)
            : null;
    }

    /// <summary>The query of the files' hashes, with the names of <paramref name="db"/>'s model.</summary>
    internal static string SelectLastImportsOf(TriviaDbContext db)
    {
        var stored = new StoredColumns<ImportedFile>(db, f => f.FileName, f => f.Hash);
        return $"SELECT {stored.Names[0]}, {stored.Names[1]} FROM {stored.Table}";
    }

    /// <summary>
    /// One plain query rather than EF's: the command's answer for unchanged files comes before any EF model is built,
    /// and the import reads the table the same way.
    /// </summary>
    private static async Task<Dictionary<string, string>> LastImportsAsync(DbConnection connection, string select, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = select;
        return await ReadPairsAsync(command, r => r.GetString(1), cancellationToken);
    }

    /// <summary>Each row's second column by its first, a file's name.</summary>
    private static async Task<Dictionary<string, T>> ReadPairsAsync<T>(DbCommand command, Func<DbDataReader, T> value, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pairs = new Dictionary<string, T>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs[reader.GetString(0)] = value(reader);
        }

        return pairs;
    }

    /// <summary>
    /// The hash of a file's bytes and its manifest's (without one, the film given for it), with this build. Nothing
    /// else that a file is read as can differ while these are the same: its name is the key, and its film and language
    /// come from the manifest or the name. So the hash needs no parsing, and an unchanged file is known before any.
    /// </summary>
    public static string HashOf(byte[] text, byte[]? manifest, string? title, int? year)
    {
        var film = manifest ?? Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{title}\n{year}"));
        Span<byte> lengths = stackalloc byte[sizeof(long) * 2];
        BinaryPrimitives.WriteInt64LittleEndian(lengths, text.Length);
        BinaryPrimitives.WriteInt64LittleEndian(lengths[sizeof(long)..], manifest is null ? -film.Length : film.Length);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(lengths);
        hash.AppendData(text);
        hash.AppendData(film);
        hash.AppendData(Build);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

using System.Data.Common;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TriviaApi.Importing;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;
using TriviaApi.Search.Querying;
using TriviaApi.Tests.Support;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace TriviaApi.Tests.Search;

/// <summary>The index follows the database: every import writes what it changed; a missing or lagging index is rebuilt.</summary>
public sealed class SearchIndexWriterTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private IndexedDatabase _indexed = null!;

    public async Task InitializeAsync() => _indexed = await IndexedDatabase.CreateAsync();

    public async Task DisposeAsync() => await _indexed.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private int Facts(string term) =>
        _indexed.Store.Search(s => s.Search(new TermQuery(new Term(FactFields.Text, term)), 1).TotalHits);

    private int AllFacts() =>
        _indexed.Store.Search(s => s.Search(LuceneQueries.Ids(null, null, true, true), 1).TotalHits);

    /// <summary>Facts and names.</summary>
    private int AllDocuments() => _indexed.Store.Search(s => s.IndexReader.NumDocs);

    private async Task<int> DatabaseFactsAsync()
    {
        await using var db = _indexed.Database.NewContext();
        return await db.Facts.CountAsync();
    }

    [Fact]
    public async Task An_import_indexes_every_fact_and_records_the_database_generation()
    {
        await _indexed.ImportAsync(_folder.CopySeed());

        Assert.Equal(await DatabaseFactsAsync(), AllFacts());
        Assert.Equal(1, _indexed.Writer.IndexedGeneration());
    }

    [Fact]
    public async Task An_edited_line_replaces_its_fact_and_a_removed_line_removes_it()
    {
        _folder.WriteManifest("teste.pt-BR.json", "Filme Teste", 2001);
        var file = _folder.WriteFacts("teste.pt-BR.txt", "Uma frase sobre o piano.", "Outra frase sobre a harpa.", "Uma terceira frase.");
        await _indexed.ImportAsync(file);

        _folder.WriteFacts("teste.pt-BR.txt", "Uma frase sobre o xilofone.", "Outra frase sobre a harpa.");
        await _indexed.ImportAsync(file);

        Assert.Equal((0, 1, 1, 2), (Facts("piano"), Facts("xilofone"), Facts("harpa"), AllFacts()));
    }

    [Fact]
    public async Task An_index_kept_by_imports_equals_one_rebuilt_from_the_database()
    {
        var seed = _folder.CopySeed();
        _folder.WriteManifest("teste.pt-BR.json", "Whiplash", 2014);
        await _indexed.ImportAsync(seed, _folder.WriteFacts("teste.pt-BR.txt", "O baterista ensaiou com J.K. Simmons.", "Uma frase que sai."));
        _folder.WriteFacts(Seed.TextName, [.. Seed.Lines.Skip(1)]);
        await _indexed.ImportAsync(seed, _folder.WriteFacts("teste.pt-BR.txt", "O baterista ensaiou com J.K. Simmons e Emma Stone."));
        var kept = Contents();

        await using (var db = _indexed.Database.NewContext())
        {
            await _indexed.Writer.RebuildAsync(db, default);
        }

        Assert.Equal(Contents(), kept);
        Assert.Contains("text:emma", string.Join(' ', kept));
    }

    [Fact]
    public async Task A_rebuild_of_more_facts_than_one_batch_reads_and_indexes_every_one_as_the_import_did()
    {
        // More facts than one batch the rebuild reads, so several threads add them, each into segments of its own.
        TriviaApi.Benchmarks.CorpusGenerator.Write(_folder.Path, 3, 1_500, seed: 11);
        await _indexed.ImportAsync(_folder.Path);
        var kept = Contents();

        await using (var db = _indexed.Database.NewContext())
        {
            await _indexed.Writer.RebuildAsync(db, default);
        }

        Assert.Equal(4_500, AllFacts());
        Assert.Equal(kept, Contents());
    }

    [Fact]
    public void A_search_before_the_index_is_built_says_it_is_not_ready() =>
        Assert.Throws<SearchIndexNotReadyException>(() => new TriviaSearch(_indexed.Store).Suggest("gosl", 10));

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_at_start()
    {
        await _indexed.ImportAsync(_folder.CopySeed());
        _indexed.Store.Dispose();
        Directory.Delete(_indexed.IndexPath, recursive: true);

        _indexed.Reopen();
        await _indexed.EnsureCurrentAsync();

        Assert.Equal(await DatabaseFactsAsync(), AllFacts());
    }

    [Fact]
    public async Task An_import_whose_index_write_never_happened_is_indexed_at_the_next_start()
    {
        _folder.WriteManifest("teste.pt-BR.json", "Filme Teste", 2001);
        await _indexed.ImportAsync(_folder.WriteFacts("teste.pt-BR.txt", "Uma frase sobre o piano."));
        // As if the process died between the database's commit and the index's.
        _folder.WriteManifest("outro.pt-BR.json", "Outro Filme", 2002);
        await _indexed.Database.ImportAsync(_folder.WriteFacts("outro.pt-BR.txt", "Uma frase sobre o xilofone."));

        _indexed.Reopen();
        await _indexed.EnsureCurrentAsync();

        Assert.Equal((1, 1, 2), (Facts("piano"), Facts("xilofone"), AllFacts()));
    }

    [Fact]
    public async Task An_import_elsewhere_between_its_two_commits_is_waited_for_not_rebuilt_over()
    {
        // Another process's import: it holds the index's writer and has committed the database, not yet its index.
        using var directory = FSDirectory.Open(_indexed.IndexPath);
        var other = await FirstFactThenAnotherWriterAsync(directory);
        await _indexed.Database.ImportAsync(_folder.WriteFacts("outro.pt-BR.txt", "Uma frase sobre o xilofone."));

        await using var db = _indexed.Database.NewContext();
        var ensuring = Task.Run(() => _indexed.Writer.EnsureCurrentAsync(db, default));
        other.SetCommitData(new Dictionary<string, string> { [DatabaseGeneration.CommitKey] = "2", [FactFields.FormatKey] = FactFields.Format });
        other.Commit();
        other.Dispose();

        Assert.False(await ensuring);
        Assert.Equal((2L, false), (_indexed.Writer.IndexedGeneration(), _indexed.Store.IsBehind));
    }

    [Fact]
    public async Task An_import_waiting_for_another_process_writer_says_so_at_once_and_goes_on_once_it_is_free()
    {
        using var directory = FSDirectory.Open(_indexed.IndexPath);
        var other = await FirstFactThenAnotherWriterAsync(directory);
        var sources = TriviaSourceLoader.Load([_folder.WriteFacts("outro.pt-BR.txt", "Uma frase sobre o xilofone.")]);
        var said = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        var importing = Task.Run(async () =>
        {
            await using var db = _indexed.Database.NewContext();
            return await new KnowledgeBaseImporter(db, _indexed.Writer).ImportAsync(sources, new SaidAtOnce(said));
        });
        var message = await said.Task.WaitAsync(TimeSpan.FromMinutes(1));
        other.Rollback();
        await importing;

        Assert.Contains($"The search index at {_indexed.IndexPath} is being written by another process", message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (Facts("piano"), Facts("xilofone")));
    }

    /// <summary>
    /// Imports a first film's fact, writes a second film's manifest, and opens the index's writer over
    /// <paramref name="directory"/> (a folder object of its own, as another process has), holding it.
    /// </summary>
    private async Task<IndexWriter> FirstFactThenAnotherWriterAsync(FSDirectory directory)
    {
        _folder.WriteManifest("teste.pt-BR.json", "Filme Teste", 2001);
        await _indexed.ImportAsync(_folder.WriteFacts("teste.pt-BR.txt", "Uma frase sobre o piano."));
        _folder.WriteManifest("outro.pt-BR.json", "Outro Filme", 2002);
        return new IndexWriter(directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance) { OpenMode = OpenMode.APPEND });
    }

    /// <summary>The first progress line that says the import waits for another process.</summary>
    private sealed class SaidAtOnce(TaskCompletionSource<string> said) : IProgress<string>
    {
        public void Report(string value)
        {
            if (value.Contains("another process", StringComparison.Ordinal))
            {
                said.TrySetResult(value);
            }
        }
    }

    [Fact]
    public async Task A_rebuild_failing_part_way_leaves_the_last_commit_as_it_was()
    {
        await _indexed.ImportAsync(_folder.CopySeed());
        var before = (AllFacts(), AllDocuments(), _indexed.Writer.IndexedGeneration());

        // Every fact is added by then; the names are read last, just before the commit.
        await using (var db = _indexed.Database.NewContext(new FailingRead("\"Films\" AS")))
        {
            await Assert.ThrowsAsync<IOException>(() => _indexed.Writer.RebuildAsync(db, default));
        }

        _indexed.Reopen();
        Assert.Equal(before, (AllFacts(), AllDocuments(), _indexed.Writer.IndexedGeneration()));
    }

    /// <summary>Fails every query whose SQL holds <paramref name="text"/>, as a disk that fails mid-read.</summary>
    private sealed class FailingRead(string text) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains(text, StringComparison.Ordinal) ? throw new IOException("I/O error reading the database") : ValueTask.FromResult(result);
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_at_start()
    {
        await _indexed.ImportAsync(_folder.CopySeed());
        _indexed.Store.Dispose();
        foreach (var segments in Directory.EnumerateFiles(_indexed.IndexPath, "segments*"))
        {
            File.WriteAllText(segments, "not an index");
        }

        _indexed.Reopen();
        await _indexed.EnsureCurrentAsync();

        Assert.Equal(await DatabaseFactsAsync(), AllFacts());
    }

    [Fact]
    public async Task An_index_of_another_document_layout_is_rebuilt_at_start()
    {
        await _indexed.ImportAsync(_folder.CopySeed());
        // As an index made before the layout was recorded (the film and year as numeric doc values): its generation alone.
        using (var writer = new IndexWriter(_indexed.Store.Directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance) { OpenMode = OpenMode.APPEND }))
        {
            writer.SetCommitData(new Dictionary<string, string> { [DatabaseGeneration.CommitKey] = "1" });
            writer.Commit();
        }

        var before = _indexed.Writer.IndexedGeneration();
        _indexed.Reopen();
        await _indexed.EnsureCurrentAsync();

        Assert.Equal((null, 1L), (before, _indexed.Writer.IndexedGeneration()));
        Assert.Equal(await DatabaseFactsAsync(), AllFacts());
    }

    /// <summary>Every indexed term of every live fact, as field:term:fact id, sorted.</summary>
    private List<string> Contents() => _indexed.Store.Search(searcher =>
    {
        var contents = new List<string>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var ids = new IndexedIds(reader);
            foreach (var field in new[] { FactFields.Text, FactFields.Names, FactFields.Keys })
            {
                var terms = reader.GetTerms(field)?.GetEnumerator();
                while (terms is not null && terms.MoveNext())
                {
                    var docs = terms.Docs(reader.LiveDocs, null);
                    while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        contents.Add($"{field}:{terms.Term.Utf8ToString()}:{ids.Get(docs.DocID)}");
                    }
                }
            }
        }

        contents.Sort(StringComparer.Ordinal);
        return contents;
    });
}

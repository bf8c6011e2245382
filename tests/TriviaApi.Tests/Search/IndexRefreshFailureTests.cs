using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;

namespace TriviaApi.Tests.Search;

/// <summary>
/// A search checks for a newer commit first. When the index folder cannot be read for a moment, the search is still
/// answered from the commit already open, and the newer commit is opened once the folder can be read again.
/// </summary>
public sealed class IndexRefreshFailureTests : IDisposable
{
    private readonly FlakyFolder _folder = new();
    private readonly SearchIndexStore _store;

    public IndexRefreshFailureTests()
    {
        _store = new SearchIndexStore("(in memory)", _folder);
        Commit("Uma frase sobre o piano.");
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void A_folder_that_cannot_be_listed_leaves_the_open_commit_answering()
    {
        Assert.Equal(1, Facts("piano"));
        Commit("Uma frase sobre o xilofone.");
        _folder.Unlisted = true;

        var whileUnlisted = (Facts("piano"), Facts("xilofone"));
        _folder.Unlisted = false;

        Assert.Equal((1, 0), whileUnlisted);
        Assert.Equal((1, 1), (Facts("piano"), Facts("xilofone")));
    }

    [Fact]
    public void A_newer_commit_that_cannot_be_read_yet_leaves_the_open_commit_answering_until_it_can()
    {
        Assert.Equal(1, Facts("piano"));
        Commit("Uma frase sobre o xilofone.");
        _folder.Unreadable = true;

        var whileUnreadable = (Facts("piano"), Facts("xilofone"));
        _folder.Unreadable = false;

        Assert.Equal((1, 0), whileUnreadable);
        Assert.Equal((1, 1), (Facts("piano"), Facts("xilofone")));
    }

    private int Facts(string word) => _store.Search(s => s.Search(new TermQuery(new Term(FactFields.Text, word)), 1).TotalHits);

    private void Commit(string text)
    {
        using var writer = new IndexWriter(_folder, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance));
        writer.AddDocument([new TextField(FactFields.Text, text, Field.Store.NO)]);
        writer.Commit();
    }

    /// <summary>An index folder in memory that can be made, for a moment, unlistable or unreadable, as a busy disk makes one.</summary>
    private sealed class FlakyFolder() : FilterDirectory(new RAMDirectory())
    {
        public bool Unlisted { get; set; }

        public bool Unreadable { get; set; }

        public override string[] ListAll() => Unlisted ? throw new DirectoryNotFoundException("(in memory)") : base.ListAll();

        public override IndexInput OpenInput(string name, IOContext context) =>
            Unreadable ? throw new IOException($"{name} cannot be read now") : base.OpenInput(name, context);
    }
}

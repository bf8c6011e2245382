using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;

namespace TriviaApi.Tests.Search;

/// <summary>
/// A fact's linked names are analysed once per distinct name and replayed (<see cref="AnalyzedNames"/>): the index
/// must hold exactly what the analyzer makes of the names joined by line breaks, the way they were indexed before.
/// </summary>
public sealed class AnalyzedNamesTests
{
    private static readonly IReadOnlyList<string>[] Names =
    [
        ["La La Land: Cantando Estações", "Ryan Gosling", "Prêmios e Indicações", "Awards"],
        ["La La Land: Cantando Estações", "Emma Stone", "Mia", "Filmagens", "Filming"],
        [],
        ["—", "Ryan Gosling", "!!", "Os Guarda-Chuvas do Amor"],
        ["Ryan Gosling", "Ryan Gosling", "La La Land: Cantando Estações", "Músicas", "US$ 1.000"],
        [""],
    ];

    [Fact]
    public void Linked_names_are_indexed_with_the_terms_positions_and_norms_of_the_names_joined()
    {
        using var joined = Index(fact => [new TextField(FactFields.Names, string.Join('\n', fact.Names), Field.Store.NO)]);
        using var replayed = Index(fact => new FactDocument().For(fact).Where(f => f.Name == FactFields.Names));
        using var replayedByOneWriter = Index(ReusedDocument());

        var expected = Postings(joined);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Postings(replayed));
        Assert.Equal(expected, Postings(replayedByOneWriter));
        Assert.Equal(Norms(joined), Norms(replayedByOneWriter));
    }

    /// <summary>One document refilled for every fact, as the import's writer uses it, so names come from its cache.</summary>
    private static Func<IndexedFact, IEnumerable<IIndexableField>> ReusedDocument()
    {
        var document = new FactDocument();
        return fact => document.For(fact).Where(f => f.Name == FactFields.Names).ToList();
    }

    private static RAMDirectory Index(Func<IndexedFact, IEnumerable<IIndexableField>> fields)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance) { Similarity = SearchIndexStore.Similarity });
        for (var i = 0; i < Names.Length; i++)
        {
            writer.AddDocument(fields(new IndexedFact(i + 1, "Um fato.", 1, 2016, Names[i], [], [], [])));
        }

        writer.Commit();
        return directory;
    }

    /// <summary>Every term of the names field with each document and position it occurs at.</summary>
    private static List<string> Postings(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var postings = new List<string>();
        var terms = MultiFields.GetTerms(reader, FactFields.Names);
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var positions = termsEnum.DocsAndPositions(null, null);
            while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var at = Enumerable.Range(0, positions.Freq).Select(_ => positions.NextPosition());
                postings.Add($"{termsEnum.Term.Utf8ToString()} doc {positions.DocID}: {string.Join(' ', at)}");
            }
        }

        return postings;
    }

    private static List<long> Norms(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var norms = MultiDocValues.GetNormValues(reader, FactFields.Names);
        return [.. Enumerable.Range(0, reader.MaxDoc).Select(doc => norms?.Get(doc) ?? -1)];
    }
}

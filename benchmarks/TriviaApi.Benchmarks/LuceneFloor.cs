using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TriviaApi.Importing;

namespace TriviaApi.Benchmarks;

/// <summary>
/// The search engine's floor: the lines the importer reads, each indexed by Lucene.Net alone as one document holding
/// its text, with the analyzer issue 13 timed Lucene.Net with (standard tokenizer, lower case, ASCII folding,
/// Portuguese light stemming), by as many threads as the machine has cores. No extraction, no names, no filter fields,
/// no database: what indexing the text alone costs on this machine, beside which the import's time can be read.
/// </summary>
public static class LuceneFloor
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Indexes every line of the corpus into a new index in <paramref name="indexFolder"/> and commits.</summary>
    public static (int Facts, TimeSpan Elapsed) Index(string corpusFolder, string indexFolder)
    {
        var clock = Stopwatch.StartNew();
        var sources = TriviaSourceLoader.Load([corpusFolder]);
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, new PortugueseLightStemFilter(stream));
        });
        using var directory = FSDirectory.Open(indexFolder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
            UseCompoundFile = false,
        });

        var facts = 0;
        Parallel.ForEach(
            sources,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => (Id: new StringField("id", "", Field.Store.NO), Text: new TextField("text", "", Field.Store.NO), Count: 0),
            (source, _, fields) =>
            {
                var document = new Document { fields.Id, fields.Text };
                foreach (var line in source.ReadLines())
                {
                    fields.Id.SetStringValue($"{source.FileName}:{line.Number}");
                    fields.Text.SetStringValue(line.Text);
                    writer.AddDocument(document);
                    fields.Count++;
                }

                return fields;
            },
            fields => Interlocked.Add(ref facts, fields.Count));
        writer.Commit();
        return (facts, clock.Elapsed);
    }
}

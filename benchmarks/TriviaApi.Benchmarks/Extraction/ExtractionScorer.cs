using System.Globalization;
using TriviaApi.Extraction;
using TriviaApi.Importing;
using TriviaApi.Text;

namespace TriviaApi.Benchmarks.Extraction;

/// <summary>
/// Compares what extraction finds in the corpus's trivia files with their gold annotations. Names are compared by
/// <see cref="TextFolding.MatchKey"/> (case, accents and punctuation aside), the key by which an import tells one
/// person, film or character from another.
/// </summary>
public static class ExtractionScorer
{
    /// <summary>The trivia files of a folder that have a gold annotation beside them, in name order.</summary>
    public static IReadOnlyList<string> GoldFilesIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.txt").Where(f => File.Exists(GoldAnnotation.PathFor(f))).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// Loads and extracts each trivia file with a gold annotation as an import would, and scores it. A missing or
    /// malformed manifest or trivia file throws <see cref="ImportException"/>, a malformed gold file
    /// <see cref="InvalidDataException"/>, each naming the file.
    /// </summary>
    public static CorpusScore ScoreFolder(string folder)
    {
        var files = GoldFilesIn(folder);
        var withoutGold = Directory.EnumerateFiles(folder, "*.txt").Except(files).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        return new CorpusScore(folder, files.Select(ScoreFile).ToList(), withoutGold);
    }

    public static FileScore ScoreFile(string textPath)
    {
        var name = Path.GetFileName(textPath);
        var manifest = Path.ChangeExtension(textPath, ".json");
        if (!File.Exists(manifest))
        {
            throw new ImportException(name, null, $"no manifest ({Path.GetFileName(manifest)}) beside it.");
        }

        var gold = GoldAnnotation.Read(GoldAnnotation.PathFor(textPath));
        var source = TriviaSourceLoader.Load([textPath]).Single();
        return Score(name, source.Subject, gold, ExtractedNames.From(source.Extract(source.ReadLines())));
    }

    public static FileScore Score(string fileName, SubjectFilm subject, GoldAnnotation gold, ExtractedNames found)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(found);
        var goldKinds = new GoldKinds(gold);
        return new FileScore(
            fileName,
            ScoreNames(gold.People, found.People, n => goldKinds.Describe(n, "person")),
            ScoreFilms(subject, gold.Films, found.Films, goldKinds),
            ScoreNames(gold.Characters.Select(c => c.Name), found.Characters, n => goldKinds.Describe(n, "character")));
    }

    private static KindScore ScoreNames(IEnumerable<string> gold, IEnumerable<string> found, Func<string, string> describeFalsePositive)
    {
        var goldByKey = gold.DistinctBy(TextFolding.MatchKey).ToDictionary(TextFolding.MatchKey);
        var foundByKey = found.DistinctBy(TextFolding.MatchKey).ToDictionary(TextFolding.MatchKey);
        return new KindScore(
            goldByKey.Keys.Count(foundByKey.ContainsKey),
            goldByKey.Where(g => !foundByKey.ContainsKey(g.Key)).Select(g => g.Value).ToList(),
            foundByKey.Where(f => !goldByKey.ContainsKey(f.Key)).Select(f => describeFalsePositive(f.Value)).ToList());
    }

    /// <summary>
    /// A found film matches a gold film by title or original title, and by year where both give one. Found films that
    /// match one gold film are one film to the importer, so they count once; a gold film without a year is a bonus.
    /// </summary>
    private static KindScore ScoreFilms(SubjectFilm subject, IReadOnlyList<GoldFilm> gold, IEnumerable<FilmMention> found, GoldKinds goldKinds)
    {
        var subjectKeys = Keys(subject.Title, subject.OriginalTitle);
        var matched = new bool[gold.Count];
        var falsePositives = new List<string>();
        foreach (var film in found.Where(f => !(Keys(f.Title, f.OriginalTitle).Overlaps(subjectKeys) && (f.Year is null || f.Year == subject.Year))))
        {
            var matches = Enumerable.Range(0, gold.Count).Where(i => Matches(film, gold[i])).ToList();
            if (matches.Count == 0)
            {
                falsePositives.Add(goldKinds.Describe(Describe(film), film.Title, "film"));
            }
            else
            {
                matched[matches.FirstOrDefault(i => !matched[i], matches[0])] = true;
            }
        }

        return new KindScore(
            matched.Count(m => m),
            gold.Where((g, i) => !matched[i] && g.Year is not null).Select(g => Describe(new FilmMention(g.Title, null, g.Year))).ToList(),
            falsePositives);
    }

    private static bool Matches(FilmMention film, GoldFilm gold) =>
        Keys(film.Title, film.OriginalTitle).Contains(TextFolding.MatchKey(gold.Title))
        && (film.Year is null || gold.Year is null || film.Year == gold.Year);

    private static HashSet<string> Keys(string title, string? originalTitle) =>
        originalTitle is null ? [TextFolding.MatchKey(title)] : [TextFolding.MatchKey(title), TextFolding.MatchKey(originalTitle)];

    private static string Describe(FilmMention film)
    {
        var original = film.OriginalTitle is null ? "" : $" / {film.OriginalTitle}";
        var year = film.Year is null ? "" : string.Create(CultureInfo.InvariantCulture, $" ({film.Year})");
        return $"{film.Title}{original}{year}";
    }
}

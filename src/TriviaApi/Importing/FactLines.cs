using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Importing;

/// <summary>
/// Pairs a file's lines with the facts a previous import made of it: first by content (an unchanged line that moved
/// keeps its fact), then by line number (an edited line updates its fact). Facts left over belong to removed lines.
/// </summary>
internal sealed class FactLines
{
    private readonly TriviaDbContext _db;
    private readonly List<TriviaFact> _existing;
    private readonly Dictionary<int, TriviaFact> _byLine = [];
    private readonly HashSet<TriviaFact> _changed = [];
    private readonly Dictionary<TriviaFact, int> _moved = [];

    private FactLines(TriviaDbContext db, List<TriviaFact> existing, IReadOnlyList<TriviaLine> fileLines, IReadOnlyList<string> hashes)
    {
        _db = db;
        _existing = existing;
        if (existing.Count == 0)
        {
            return;
        }

        var unmatched = existing.ToHashSet();
        var byHash = existing.ToLookup(f => f.ContentHash);
        var lines = fileLines.ToDictionary(l => l.Number);
        for (var i = 0; i < fileLines.Count; i++)
        {
            var line = fileLines[i];
            var fact = byHash[hashes[i]].Where(unmatched.Contains).OrderBy(f => f.SourceLine != line.Number).FirstOrDefault();
            if (fact is not null)
            {
                _byLine[line.Number] = fact;
                unmatched.Remove(fact);
            }
        }

        foreach (var fact in unmatched.Where(f => lines.ContainsKey(f.SourceLine) && !_byLine.ContainsKey(f.SourceLine)).ToList())
        {
            _byLine[fact.SourceLine] = fact;
            unmatched.Remove(fact);
        }
    }

    /// <summary>Existing facts updated so far; lines without a fact are new, the rest unchanged.</summary>
    public IReadOnlyCollection<TriviaFact> Updated => _changed;

    /// <summary>
    /// Reads the facts a previous import made of the file, with their links; a file no import has seen (the common
    /// case on a first import) has none, and costs no query. <paramref name="hashes"/> are the lines' content hashes,
    /// in the lines' order.
    /// </summary>
    public static async Task<FactLines> MatchAsync(TriviaDbContext db, RecordedFile file, IReadOnlyList<TriviaLine> lines, IReadOnlyList<string> hashes, CancellationToken cancellationToken)
    {
        var existing = !file.SeenBefore ? [] : await db.Facts
            .Where(f => f.SourceFileId == file.Id)
            .Include(f => f.People)
            .Include(f => f.Films)
            .Include(f => f.Characters)
            .Include(f => f.Tags)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new FactLines(db, existing, lines, hashes);
    }

    /// <summary>The existing fact for a line (whose content hash is <paramref name="hash"/>), brought up to date with its text and file; null for a new line.</summary>
    public TriviaFact? ExistingFactFor(TriviaLine line, string hash, Film subject, ImportReport report)
    {
        if (!_byLine.TryGetValue(line.Number, out var fact))
        {
            return null;
        }

        if (fact.ContentHash != hash || fact.FilmId != subject.Id)
        {
            (fact.Text, fact.ContentHash, fact.FilmId) = (line.Fact, hash, subject.Id);
            MarkUpdated(fact, report);
        }

        if (fact.SourceLine != line.Number)
        {
            // Lines may trade places; (file, line) is unique, so a move parks the fact on a negative line first.
            _moved[fact] = line.Number;
            fact.SourceLine = -line.Number;
        }

        return fact;
    }

    /// <summary>Puts moved facts on their new lines, once every move has been saved to its parking line.</summary>
    public async Task SettleMovesAsync(CancellationToken cancellationToken)
    {
        if (_moved.Count == 0)
        {
            return;
        }

        await _db.SaveChangesAsync(cancellationToken);
        foreach (var (fact, line) in _moved)
        {
            fact.SourceLine = line;
        }

        _moved.Clear();
    }

    /// <summary>Counts an existing fact as updated once, whatever changed in it.</summary>
    public void MarkUpdated(TriviaFact fact, ImportReport report)
    {
        if (_changed.Add(fact))
        {
            report.Facts.Updated++;
        }
    }

    /// <summary>Removes the facts of lines no longer in the file; the people they named are touched.</summary>
    public void RemoveUnmatched(ImportReport report, TouchedPeople touched)
    {
        var removed = _existing.Except(_byLine.Values).ToList();
        _db.Facts.RemoveRange(removed);
        report.Facts.Removed += removed.Count;
        foreach (var link in removed.SelectMany(f => f.People))
        {
            touched.Add(link.PersonId);
        }
    }
}

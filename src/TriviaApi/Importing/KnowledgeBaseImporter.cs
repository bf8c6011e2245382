using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Extraction;
using TriviaApi.Search.Index;

namespace TriviaApi.Importing;

/// <summary>
/// Brings the knowledge base in line with trivia files, in one transaction: new lines become facts, edited lines
/// update theirs, removed lines remove theirs, and films, people and characters no fact or credit needs any more go.
/// Importing unchanged files changes nothing. The search index is kept in step through its one writer (when one is
/// given: tests of the database alone go without): the facts the import adds are indexed while it runs, uncommitted;
/// what else changed follows before the database commits, and the index's commit, prepared beside the database's,
/// is finished once the database's transaction has committed.
/// </summary>
public sealed class KnowledgeBaseImporter(TriviaDbContext db, SearchIndexWriter? index = null)
{
    /// <summary>SQLite's page cache while an import writes: the pages its inserts keep coming back to (links, indexes) stay in memory.</summary>
    private const int ImportCacheMegabytes = 64;

    public async Task<ImportReport> ImportAsync(IReadOnlyList<TriviaSource> sources, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        ImportReport? report = null;
        try
        {
            return report = await RunAsync(sources, progress, review: null, cancellationToken);
        }
        finally
        {
            ImportMetrics.Imported(started, report);
        }
    }

    /// <summary>Runs the whole import and rolls it back, recording what each line would link to.</summary>
    public async Task<ImportReview> ReviewAsync(IReadOnlyList<TriviaSource> sources, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var lastIds = (
            await db.People.MaxAsync(p => (int?)p.Id, cancellationToken) ?? 0,
            await db.Films.MaxAsync(f => (int?)f.Id, cancellationToken) ?? 0,
            await db.Characters.MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0);
        var review = new ImportReview(lastIds);
        review.Report = await RunAsync(sources, progress, review, cancellationToken);
        return review;
    }

    private async Task<ImportReport> RunAsync(IReadOnlyList<TriviaSource> sources, IProgress<string>? progress, ImportReview? review, CancellationToken cancellationToken)
    {
        // A file unchanged since its last import is skipped; a review reads every file, as it shows every line.
        var (changed, unchanged) = review is null
            ? await UnchangedFiles.SortAsync(db, sources, cancellationToken)
            : (sources.Select(s => (Source: s, Hash: "")).ToList(), []);
        var report = new ImportReport { Files = changed.Count, SkippedFiles = unchanged.Count, UnchangedFacts = unchanged.Sum(s => s.LineCount) };
        if (changed.Count == 0)
        {
            return report;
        }

        sources = changed.ConvertAll(c => c.Source);

        // Every row the import writes refers to rows it has in hand; SQLite checking each reference again cost more
        // than the writes. Set before the transaction begins (SQLite changes it only outside one), back after it ends.
        await using var foreignKeys = await ForeignKeyChecks.SuspendAsync(db, cancellationToken);
        // The first import into a database writes its pages once, into the file, rather than into the write-ahead log
        // and again into the file at its commit. A review, rolled back, writes nothing to spare.
        await using var journal = review is null ? await RollbackJournal.TryBeginAsync(db, cancellationToken) : null;
        // The transaction takes SQLite's write lock as it begins: held by another process, that is said at once.
        await using var transaction = await DatabaseFile.SayingWhenLockedAsync(
            (SqliteConnection)db.Database.GetDbConnection(), progress is null ? null : progress.Report, () => db.Database.BeginTransactionAsync(cancellationToken));
        var generationBefore = await DatabaseGeneration.ReadAsync(db, cancellationToken);
        using var cache = PageCache.Resize(db, ImportCacheMegabytes);
        var lastIdBefore = await db.Facts.MaxAsync(f => (int?)f.Id, cancellationToken) ?? 0;

        // An import at least the size of what the database holds (a first import, above all) indexes the links once,
        // after the files: nothing reads them by person, film, character or topic until then.
        var total = sources.Sum(s => s.LineCount);
        var factsBefore = await db.Facts.CountAsync(cancellationToken);
        var deferred = total >= factsBefore
            ? DeferredIndexes.Drop(db, typeof(FactPerson), typeof(FactFilm), typeof(FactCharacter), typeof(FactTag))
            : null;

        // Into a database without facts, every link there will be is one this import writes.
        var linkedProfessions = factsBefore == 0 ? new LinkedProfessions() : null;

        // A review changes nothing, the index included; an import that fails rolls the index back with the database.
        await using var indexing = review is null && index is not null
            ? await index.BeginImportAsync(generationBefore, total, progress is null ? null : progress.Report, cancellationToken)
            : null;
        await using var entityWriter = new NewEntityWriter(db);
        var entities = await EntityIndex.LoadAsync(db, entityWriter, report, cancellationToken);
        var tags = await db.Tags.AsNoTracking().ToDictionaryAsync(t => t.Slug, cancellationToken);
        var files = await UnchangedFiles.RecordAsync(db, changed, DateTime.UtcNow, cancellationToken);
        await using var writer = new NewFactWriter(db);
        var touchedPeople = new TouchedPeople();
        var changedFacts = new List<int>();
        var (clock, done) = (Stopwatch.StartNew(), 0);
        void Progress(string file)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(1))
            {
                progress?.Report($"{done:N0} of {total:N0} facts ({file})");
                clock.Restart();
            }
        }

        await foreach (var (source, lines, mentions, hashes) in ExtractionPipeline.ExtractAsync(sources, cancellationToken))
        {
            var subject = entities.Subject(source.Subject);
            var films = mentions.Select(m => MentionedFilms(m, subject, entities)).ToList();
            await CreditAsync(subject, source.Subject, entities, touchedPeople, cancellationToken);
            var targets = new List<FactTargets>(mentions.Count);
            for (var i = 0; i < mentions.Count; i++)
            {
                targets.Add(FactTargets.Resolve(mentions[i], films[i], entities, tags));
            }

            review?.Record(source, lines, mentions, entities);

            var file = files[source.FileName];
            var facts = await FactLines.MatchAsync(db, file, lines, hashes, cancellationToken);
            var newLines = new List<int>();
            for (var i = 0; i < lines.Count; i++)
            {
                var fact = facts.ExistingFactFor(lines[i], hashes[i], subject, report);
                if (fact is null)
                {
                    newLines.Add(i);
                    continue;
                }

                if (FactLinks.Sync(fact, targets[i], report, touchedPeople))
                {
                    facts.MarkUpdated(fact, report);
                }

                done++;
            }

            facts.RemoveUnmatched(report, touchedPeople);
            await facts.SettleMovesAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            changedFacts.AddRange(facts.Updated.Select(f => f.Id));

            // New lines go in after the existing facts are saved: a line a moved fact left is free only then.
            var added = new List<IndexedFact>(newLines.Count);
            foreach (var i in newLines)
            {
                var id = writer.Add(subject, file, lines[i], hashes[i], targets[i]);
                linkedProfessions?.Add(targets[i]);
                if (indexing is not null)
                {
                    added.Add(IndexedFacts.Of(id, lines[i].Fact, subject, targets[i]));
                }

                report.Facts.Added++;
                report.TagAssignments.Added += targets[i].Tags.Count;
                foreach (var person in targets[i].People.Keys)
                {
                    touchedPeople.Add(person);
                }

                done++;
                Progress(source.FileName);
            }

            if (indexing is not null && added.Count > 0)
            {
                await indexing.AddAsync(added, cancellationToken);
            }

            writer.Flush();
            report.UnchangedFacts += lines.Count - newLines.Count - facts.Updated.Count;
            Progress(source.FileName);

            // Every save scans what is tracked, so tracking each saved file would make a large import quadratic;
            // the entity index attaches its films, people and characters again when the next file uses them.
            db.ChangeTracker.Clear();
            entities.Forget();
        }

        indexing?.Complete();
        var flushed = Task.CompletedTask;
        if (deferred is not null)
        {
            progress?.Report($"{done:N0} of {total:N0} facts: indexing their links");
            // The bulk write's pages go to disk while its links are indexed, rather than all at the commit.
            flushed = review is null ? FlushAhead.StartAsync((SqliteConnection)db.Database.GetDbConnection()) : Task.CompletedTask;
            deferred.Restore();
        }

        progress?.Report($"{done:N0} of {total:N0} facts: counting professions and trivia");
        await DerivedFields.RefreshProfessionsAsync(db, touchedPeople.Ids(), linkedProfessions, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await Orphans.RemoveAsync(db, report, cancellationToken);
        await DerivedFields.RefreshTriviaCountsAsync(db, cancellationToken);
        var reindex = changedFacts.Concat(await entities.FactsNamingUpdatedFilmsAsync(cancellationToken)).ToHashSet();
        if (review is not null)
        {
            // A review changes nothing: not the database, its generation, nor the search index.
            cache.Restore();
            await transaction.RollbackAsync(cancellationToken);
            return report;
        }

        var generation = await DatabaseGeneration.AdvanceAsync(db, cancellationToken);
        Exception? indexFault = null;
        if (indexing is not null)
        {
            progress?.Report($"{done:N0} of {total:N0} facts: preparing the search index's commit");
            try
            {
                // What the index needs is read now, in the transaction; it prepares its commit on its own thread while
                // the database records the files and commits.
                await index!.PrepareImportAsync(indexing, db, new FactChanges(lastIdBefore, reindex, report.Facts.Removed > 0), generation, cancellationToken);
            }
            catch (Exception e) when (IsIndexFault(e))
            {
                // The database commits all the same: the index keeps its last commit, and the next start rebuilds it.
                indexFault = e;
            }
        }

        cache.Restore();
        progress?.Report($"{done:N0} of {total:N0} facts: committing");
        await transaction.CommitAsync(cancellationToken);
        await flushed;
        if (indexing is not null)
        {
            progress?.Report($"{done:N0} of {total:N0} facts: committing the search index");
            try
            {
                await (indexFault is null ? index!.CommitImportAsync(indexing) : Task.FromException(indexFault));
            }
            catch (Exception e) when (IsIndexFault(e))
            {
                throw new SearchIndexBehindException($"the search index could not be updated ({e.Message}); it is rebuilt when the API next starts.", e);
            }
        }

        return report;
    }

    /// <summary>The films a fact mentions, other than its subject, each once, in the order first named.</summary>
    private static List<Film> MentionedFilms(FactMentions mentions, Film subject, EntityIndex entities)
    {
        var films = new List<Film>(mentions.Films.Count);
        foreach (var mention in mentions.Films)
        {
            if (entities.Film(mention) is { } film && film != subject && !films.Contains(film))
            {
                films.Add(film);
            }
        }

        return films;
    }

    private static bool IsIndexFault(Exception e) => e is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException;

    /// <summary>Replaces the subject film's credits with the manifest's; everyone whose credits may have changed is touched.</summary>
    private async Task CreditAsync(Film film, SubjectFilm subject, EntityIndex entities, TouchedPeople touched, CancellationToken cancellationToken)
    {
        // A first import creates most subject films, some as another file's mention: those have no credits to read.
        var existing = entities.HasNoCredits(film) ? [] : await db.Credits.Where(c => c.FilmId == film.Id).ToListAsync(cancellationToken);
        var wanted = subject.Credits.Select(c =>
        {
            var person = entities.Person(c.Person);
            return (Person: person, c.Role, Character: c.Character is null ? null : entities.Character(c.Character, film, person));
        }).DistinctBy(c => (c.Person, c.Role)).ToList();

        var same = existing.Count == wanted.Count
            && existing.All(e => wanted.Any(w => w.Person.Id == e.PersonId && w.Role == e.Role && w.Character?.Id == e.CharacterId));
        if (!same)
        {
            // The old rows are deleted before the new ones go in: a credit may be given again with the same key. A film
            // without credits (most subjects of a first import) has nothing to delete, and saving would only cost EF's pipeline.
            if (existing.Count > 0)
            {
                db.Credits.RemoveRange(existing);
                await db.SaveChangesAsync(cancellationToken);
            }

            db.Credits.AddRange(wanted.Select(w => new FilmCredit { FilmId = film.Id, PersonId = w.Person.Id, Role = w.Role, CharacterId = w.Character?.Id }));
        }

        entities.Credited(film);

        foreach (var credit in existing)
        {
            touched.Add(credit.PersonId);
        }

        foreach (var credit in wanted)
        {
            touched.Add(credit.Person);
        }
    }
}

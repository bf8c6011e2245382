using TriviaApi.Domain;
using TriviaApi.Search.Index;

namespace TriviaApi.Importing;

/// <summary>A fact the import adds, as the search index holds it, from the entities the import has in hand (the same fields <see cref="IndexedRows"/> reads from the database).</summary>
internal static class IndexedFacts
{
    public static IndexedFact Of(TriviaFact fact, Film subject, FactTargets targets) => new(
        fact.Id,
        fact.Text,
        subject.Id,
        subject.Year,
        new[] { subject.Title, subject.OriginalTitle ?? "" }
            .Concat(targets.People.Keys.Select(p => p.Name))
            .Concat(targets.Films.SelectMany(f => new[] { f.Title, f.OriginalTitle ?? "" }))
            .Concat(targets.Characters.Select(c => c.Name))
            .Concat(targets.Tags.SelectMany(t => new[] { t.NamePt, t.NameEn }))
            .Where(n => n.Length > 0).ToList(),
        targets.People.Keys.Select(p => p.Id).ToList(),
        targets.Films.Select(f => f.Id).ToList(),
        targets.Tags.Select(t => t.Id).ToList());
}

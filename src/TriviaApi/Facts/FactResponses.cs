using System.Data.Common;
using System.Globalization;
using TriviaApi.Api;
using TriviaApi.Api.Resources;
using TriviaApi.Data;

namespace TriviaApi.Facts;

/// <summary>Facts as responses, projected in SQL: one shape for lists, draws, the fact of the day and cards.</summary>
public sealed class FactResponses(PreparedReads reads, FilteredFacts filtered)
{
    public TriviaFactResponse Get(int id) =>
        Project([id]).SingleOrDefault()
        ?? throw new MissingResourceException("trivia fact", id.ToString(CultureInfo.InvariantCulture), identifiedBy: "id");

    /// <summary>One fact drawn at random from those the filters allow; 404 when there is none.</summary>
    public TriviaFactResponse DrawOne(TriviaFilter filter)
    {
        var ids = filtered.Pool(filter).Draw(1, Random.Shared);
        return ids.Count == 0
            ? throw MissingResourceException.NoMatchingFact("random fact")
            : Project(ids).Single();
    }

    /// <summary>
    /// The full responses for the facts with these ids, in the ids' order; ids with no fact are left out. One SQL
    /// command reads the facts and all their mentions (<see cref="FactPageSql"/>), prepared once per connection
    /// (<see cref="PreparedReads"/>): a page is on every list's path.
    /// </summary>
    public List<TriviaFactResponse> Project(IReadOnlyCollection<int> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var facts = reads.Read(FactPageSql.Select, rows =>
        {
            var read = new Dictionary<int, FactParts>(ids.Count);
            while (rows.Read())
            {
                Add(read, rows);
            }

            return read;
        }, (FactPageSql.Ids, PreparedReads.JsonArray(ids)));
        return ids.Where(facts.ContainsKey).Select(id => facts[id].Response()).ToList();
    }

    /// <summary>One row of <see cref="FactPageSql"/>: the fact with its film, or one of its mentions, already in order.</summary>
    private static void Add(Dictionary<int, FactParts> facts, DbDataReader row)
    {
        var factId = row.GetInt32(FactPageSql.FactId);
        var id = row.GetInt32(FactPageSql.Id);
        var slug = row.GetString(FactPageSql.Slug);
        var name = row.GetString(FactPageSql.Name);
        switch (row.GetInt32(FactPageSql.Part))
        {
            case FactPageSql.Fact:
                facts[factId] = new FactParts(factId, row.GetString(FactPageSql.Text), row.GetString(FactPageSql.Language),
                    new FilmRef(id, slug, name, row.GetInt32(FactPageSql.Year)),
                    new SourceRef(row.GetString(FactPageSql.SourceFile), row.GetInt32(FactPageSql.SourceLine)));
                break;
            case FactPageSql.Person:
                facts[factId].People.Add(new PersonRef(id, slug, name));
                break;
            case FactPageSql.Film:
                facts[factId].Films.Add(new FilmRef(id, slug, name, row.GetInt32(FactPageSql.Year)));
                break;
            case FactPageSql.Character:
                facts[factId].Characters.Add(new CharacterRef(id, slug, name));
                break;
            default:
                facts[factId].Tags.Add(new TagRef(slug, name, row.GetString(FactPageSql.NameEn)));
                break;
        }
    }

    /// <summary>A fact's response while its rows are read.</summary>
    private sealed record FactParts(int Id, string Text, string Language, FilmRef Film, SourceRef Source)
    {
        public List<PersonRef> People { get; } = [];

        public List<FilmRef> Films { get; } = [];

        public List<CharacterRef> Characters { get; } = [];

        public List<TagRef> Tags { get; } = [];

        public TriviaFactResponse Response() => new(Id, Text, Language, Film, People, Films, Characters, Tags, Source);
    }
}

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
            var mentions = new List<Mention>(ids.Count * 4);
            while (rows.Read())
            {
                Add(read, mentions, rows);
            }

            mentions.Sort();
            foreach (var mention in mentions)
            {
                read[mention.FactId].Add(mention);
            }

            return read;
        }, (FactPageSql.Ids, PreparedReads.JsonArray(ids)));
        return ids.Where(facts.ContainsKey).Select(id => facts[id].Response()).ToList();
    }

    /// <summary>One row of <see cref="FactPageSql"/>: the fact with its film, or one of its mentions.</summary>
    private static void Add(Dictionary<int, FactParts> facts, List<Mention> mentions, DbDataReader row)
    {
        var factId = row.GetInt32(FactPageSql.FactId);
        var id = row.GetInt32(FactPageSql.Id);
        var slug = row.GetString(FactPageSql.Slug);
        var name = row.GetString(FactPageSql.Name);
        var part = row.GetInt32(FactPageSql.Part);
        if (part == FactPageSql.Fact)
        {
            facts[factId] = new FactParts(factId, row.GetString(FactPageSql.Text), row.GetString(FactPageSql.Language),
                new FilmRef(id, slug, name, row.GetInt32(FactPageSql.Year)),
                new SourceRef(row.GetString(FactPageSql.SourceFile), row.GetInt32(FactPageSql.SourceLine)));
            return;
        }

        object mentioned = part switch
        {
            FactPageSql.Person => new PersonRef(id, slug, name),
            FactPageSql.Film => new FilmRef(id, slug, name, row.GetInt32(FactPageSql.Year)),
            FactPageSql.Character => new CharacterRef(id, slug, name),
            _ => new TagRef(slug, name, row.GetString(FactPageSql.NameEn)),
        };
        mentions.Add(new Mention(part, factId, row.GetString(FactPageSql.SortKey), id, mentioned));
    }

    /// <summary>A mention read, in the order its fact's response lists it: by kind, key and id, as SQLite would sort them.</summary>
    private readonly record struct Mention(int Part, int FactId, string SortKey, int Id, object Mentioned) : IComparable<Mention>
    {
        public int CompareTo(Mention other) =>
            Part != other.Part ? Part.CompareTo(other.Part)
            : SqliteTextOrder.Compare(SortKey, other.SortKey) is var byKey && byKey != 0 ? byKey
            : Id.CompareTo(other.Id);
    }

    /// <summary>A fact's response while its rows are read.</summary>
    private sealed record FactParts(int Id, string Text, string Language, FilmRef Film, SourceRef Source)
    {
        public List<PersonRef> People { get; } = [];

        public List<FilmRef> Films { get; } = [];

        public List<CharacterRef> Characters { get; } = [];

        public List<TagRef> Tags { get; } = [];

        public void Add(Mention mention)
        {
            switch (mention.Mentioned)
            {
                case PersonRef person:
                    People.Add(person);
                    break;
                case FilmRef film:
                    Films.Add(film);
                    break;
                case CharacterRef character:
                    Characters.Add(character);
                    break;
                case TagRef tag:
                    Tags.Add(tag);
                    break;
            }
        }

        public TriviaFactResponse Response() => new(Id, Text, Language, Film, People, Films, Characters, Tags, Source);
    }
}

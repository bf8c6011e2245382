using Lucene.Net.Index;

namespace TriviaApi.Search.Index;

/// <summary>
/// The terms of a fact's <see cref="FactFields.Keys"/> field: a letter for the kind (subject film, person, mentioned
/// film, topic, or the id's place in its block) before an id in digits, "f12" for the facts about film 12.
/// </summary>
public static class FactKeys
{
    internal const char FilmKind = 'f';
    internal const char PersonKind = 'p';
    internal const char MentionedFilmKind = 'm';
    internal const char TagKind = 't';
    internal const char IdOffsetKind = 'o';

    /// <summary>The facts about a film.</summary>
    public static Term Film(int id) => Key(FilmKind, id);

    /// <summary>The facts that mention a person.</summary>
    public static Term Person(int id) => Key(PersonKind, id);

    /// <summary>The facts that mention a film other than their subject.</summary>
    public static Term MentionedFilm(int id) => Key(MentionedFilmKind, id);

    /// <summary>The facts of a topic.</summary>
    public static Term Tag(int id) => Key(TagKind, id);

    /// <summary>The facts whose id has this place (0 to 255) in its block of 256 (<see cref="FactFields.Id"/>).</summary>
    public static Term IdOffset(int offset) => Key(IdOffsetKind, offset);

    private static Term Key(char kind, int id) => new(FactFields.Keys, kind + IndexedFact.Invariant(id));
}

namespace TriviaApi.Search.Querying;

/// <summary>
/// A search of facts: words (none: every fact the filters allow, unscored), filters, order, and which hits (from
/// <see cref="Skip"/>, <see cref="Take"/> of them).
/// </summary>
public sealed record FactSearch(SearchQuery? Query, FactFilter Filter, FactOrder Order, int Skip, int Take, bool Facets = false);

/// <summary>
/// A hit: the fact's id, its score (higher is better; none without words) and its subject film's year. Its snippet is
/// cut from the text the caller reads with the rest of the fact (<see cref="SnippetBuilder"/>), not from the index,
/// whose stored fields are decompressed a block at a time.
/// </summary>
public readonly record struct FactHit(int Id, double? Score, int Year);

/// <summary>
/// The hits asked for, how many facts match in all (exact), and when asked, how many matching facts have each topic,
/// name each person and are about each film (by id).
/// </summary>
public sealed record FactPage(int Total, IReadOnlyList<FactHit> Hits, FactFacetCounts? Facets);

public sealed record FactFacetCounts(IReadOnlyDictionary<int, int> Tags, IReadOnlyDictionary<int, int> People, IReadOnlyDictionary<int, int> Films);

/// <summary>A film, person or topic whose name matched: its kind (film, person or tag), id and score.</summary>
public readonly record struct NameMatch(string Kind, int Id, double Score);

/// <summary>The names of one kind asked for, and how many match in all.</summary>
public sealed record NameMatches(int Total, IReadOnlyList<NameMatch> Hits);

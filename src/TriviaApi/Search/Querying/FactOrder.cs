namespace TriviaApi.Search.Querying;

/// <summary>How hits are ordered: by relevance (best first), id or the subject film's year; ties always by id, ascending.</summary>
public enum FactSortField
{
    Relevance,
    Id,
    Year,
}

/// <summary>An order, and for keyset paging the hit a page starts after (its year and id).</summary>
public sealed record FactOrder(FactSortField Field, bool Descending = false, (int Year, int Id)? After = null)
{
    public static FactOrder ByRelevance { get; } = new(FactSortField.Relevance);
}

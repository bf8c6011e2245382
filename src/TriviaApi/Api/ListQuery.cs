namespace TriviaApi.Api;

/// <summary>The paging and sorting of a list whose query is its own (films, people, topics, search).</summary>
public abstract class ListQuery : PageRequest
{
    /// <summary>A field to sort by, from the list's documented set; a leading <c>-</c> sorts descending.</summary>
    public SortOrder? Sort { get; set; }
}

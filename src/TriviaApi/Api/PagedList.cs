using System.Text.Json.Serialization;

namespace TriviaApi.Api;

/// <summary>One page of a list: its items and where it sits in the whole.</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="Page">This page's number, from 1; null when the page was reached by cursor.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="TotalCount">Items in the whole list.</param>
/// <param name="TotalPages">Pages in the whole list.</param>
/// <param name="NextCursor">Opaque cursor of the next page, for lists that offer keyset paging; null on the last page.</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int? Page, int PageSize, int TotalCount, int TotalPages, string? NextCursor = null) : IPageInfo
{
    /// <summary>Counts of the whole list's items by tag, person and film, when asked for with <c>facets</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Facets? Facets { get; init; }

    public PagedList(IReadOnlyList<T> items, PageRequest query, int totalCount, string? nextCursor = null, bool byCursor = false)
        : this(items, byCursor ? null : query.Page, query.PageSize, totalCount, (totalCount + query.PageSize - 1) / query.PageSize, nextCursor)
    {
    }
}

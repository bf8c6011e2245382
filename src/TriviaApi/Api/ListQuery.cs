namespace TriviaApi.Api;

/// <summary>The paging and sorting every list takes, the same way everywhere.</summary>
public abstract class ListQuery : IPageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Page number, from 1.</summary>
    /// <example>1</example>
    public int Page { get; set; } = 1;

    /// <summary>Items per page, 1 to 100.</summary>
    /// <example>20</example>
    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>A field to sort by, from the list's documented set; a leading <c>-</c> sorts descending.</summary>
    public SortOrder? Sort { get; set; }
}

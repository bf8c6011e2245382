namespace TriviaApi.Api;

/// <summary>What a list request says about paging and sorting; <see cref="PagedList{T}"/> echoes it.</summary>
public interface IPageRequest
{
    /// <summary>Page number, from 1.</summary>
    int Page { get; }

    /// <summary>Items per page, 1 to <see cref="ListQuery.MaxPageSize"/>.</summary>
    int PageSize { get; }

    /// <summary>A field to sort by, a leading <c>-</c> for descending.</summary>
    SortOrder? Sort { get; }
}

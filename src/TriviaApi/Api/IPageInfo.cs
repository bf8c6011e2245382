namespace TriviaApi.Api;

/// <summary>What <see cref="PageLinksFilter"/> needs of a page to write its Link header.</summary>
public interface IPageInfo
{
    int? Page { get; }

    int PageSize { get; }

    int TotalPages { get; }

    string? NextCursor { get; }
}

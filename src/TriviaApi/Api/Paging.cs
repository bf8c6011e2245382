using Microsoft.EntityFrameworkCore;

namespace TriviaApi.Api;

/// <summary>The one way a list is paged by number: the items before the page are skipped, the page's are read.</summary>
public static class Paging
{
    /// <summary>How many items come before the page asked for.</summary>
    public static int Offset(this PageRequest page) => (page.Page - 1) * page.PageSize;

    /// <summary>The page asked for of an ordered query, with the count of the whole list.</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(page.Offset()).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, total);
    }

    /// <summary>The page asked for of items in memory, ordered, of which the whole list holds <paramref name="totalCount"/>.</summary>
    public static PagedList<T> ToPage<T>(this IEnumerable<T> ordered, PageRequest page, int totalCount) =>
        new(ordered.Skip(page.Offset()).Take(page.PageSize).ToList(), page, totalCount);
}

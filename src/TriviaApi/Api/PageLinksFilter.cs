using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;

namespace TriviaApi.Api;

/// <summary>Adds an RFC 8288 <c>Link</c> header (first, prev, next, last) to every response that is a <see cref="PagedList{T}"/>.</summary>
internal sealed class PageLinksFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not ObjectResult { Value: IPageInfo page })
        {
            return;
        }

        var (path, kept) = LinkParts(context.HttpContext.Request);
        var links = new List<string>(4);
        void Add(string rel, string? number, string? cursor = null) => links.Add($"<{UrlWith(path, kept, number, cursor)}>; rel=\"{rel}\"");

        var last = Math.Max(page.TotalPages, 1);
        Add("first", "1");
        if (page.Page is > 1 and var current)
        {
            Add("prev", Math.Min(current - 1, last).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // A page reached by number links to the next number; one reached by cursor, to the next cursor.
        if (page.Page is { } number && number < page.TotalPages)
        {
            Add("next", (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (page.Page is null && page.NextCursor is not null)
        {
            Add("next", null, page.NextCursor);
        }

        Add("last", last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        context.HttpContext.Response.Headers.Link = string.Join(", ", links);
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    /// <summary>
    /// The request's absolute URL without its query, and its query's parameters other than <c>page</c> and
    /// <c>cursor</c>, which every link sets: read once for all of a response's links.
    /// </summary>
    private static (string Path, List<KeyValuePair<string, string?>> Kept) LinkParts(HttpRequest request)
    {
        var kept = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !q.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .ToList();
        return (UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path), kept);
    }

    /// <summary>The link with this page number or cursor (whichever is given) after the query's other parameters.</summary>
    private static string UrlWith(string path, List<KeyValuePair<string, string?>> kept, string? number, string? cursor)
    {
        var query = new List<KeyValuePair<string, string?>>(kept.Count + 1);
        query.AddRange(kept);
        if (number is not null)
        {
            query.Add(new("page", number));
        }

        if (cursor is not null)
        {
            query.Add(new("cursor", cursor));
        }

        return QueryHelpers.AddQueryString(path, query);
    }
}

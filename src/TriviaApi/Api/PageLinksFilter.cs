using System.Text.Encodings.Web;
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

        // Every link is the request's URL with its other parameters, then its own page or cursor.
        var url = UrlWithoutPaging(context.HttpContext.Request);
        var then = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var links = new List<string>(4);
        void Add(string rel, string? number, string? cursor = null) =>
            links.Add(number is not null ? $"<{url}{then}page={number}>; rel=\"{rel}\"" : $"<{url}{then}cursor={UrlEncoder.Default.Encode(cursor!)}>; rel=\"{rel}\"");

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
    /// The request's absolute URL with its query's parameters other than <c>page</c> and <c>cursor</c>, which every
    /// link sets: decoded and encoded again, as <see cref="QueryHelpers"/> writes a query.
    /// </summary>
    private static string UrlWithoutPaging(HttpRequest request)
    {
        var kept = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !q.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        return QueryHelpers.AddQueryString(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path), kept);
    }
}

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

        var request = context.HttpContext.Request;
        var links = new List<string>();
        void Add(string rel, params (string Key, string? Value)[] changes) => links.Add($"<{UrlWith(request, changes)}>; rel=\"{rel}\"");

        var last = Math.Max(page.TotalPages, 1);
        Add("first", ("page", "1"), ("cursor", null));
        if (page.Page is > 1 and var current)
        {
            Add("prev", ("page", Math.Min(current - 1, last).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("cursor", null));
        }

        // A page reached by number links to the next number; one reached by cursor, to the next cursor.
        if (page.Page is { } number && number < page.TotalPages)
        {
            Add("next", ("page", (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("cursor", null));
        }
        else if (page.Page is null && page.NextCursor is not null)
        {
            Add("next", ("page", null), ("cursor", page.NextCursor));
        }

        Add("last", ("page", last.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("cursor", null));
        context.HttpContext.Response.Headers.Link = string.Join(", ", links);
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    private static string UrlWith(HttpRequest request, (string Key, string? Value)[] changes)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => !changes.Any(c => c.Key.Equals(q.Key, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Concat(changes.Where(c => c.Value is not null).Select(c => new KeyValuePair<string, string?>(c.Key, c.Value)));
        return QueryHelpers.AddQueryString(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path), query);
    }
}

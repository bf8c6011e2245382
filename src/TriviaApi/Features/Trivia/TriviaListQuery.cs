using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using TriviaApi.Api;
using TriviaApi.Facts;

namespace TriviaApi.Features.Trivia;

/// <summary>
/// Filters and sorting of trivia facts; filters combine with AND. Its page comes beside it, a <see cref="PageRequest"/>,
/// since this query derives from the filters every fact endpoint shares; the cursor replaces that page's number.
/// </summary>
public sealed class TriviaListQuery : TriviaFilter
{
    public static readonly string[] SortFields = ["relevance", "id", "year"];
    public static readonly string[] FacetNames = ["tag", "person", "film"];

    /// <summary>
    /// <c>relevance</c> (the default with <c>q</c>), <c>id</c> (the default without) or <c>year</c> (the subject film's);
    /// a leading <c>-</c> sorts descending.
    /// </summary>
    public SortOrder? Sort { get; set; }

    /// <summary>
    /// Counts of the matching facts to return beside the page: <c>tag</c>, <c>person</c>, <c>film</c>; repeat it
    /// (<c>facets=tag&amp;facets=person</c>) or separate them with commas (<c>facets=tag,person</c>).
    /// </summary>
    /// <example>tag</example>
    public ValueList[]? Facets { get; set; }

    /// <summary>The facets asked for, however they were written; null when none.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlySet<string>? FacetsAsked => Facets?.SelectMany(f => f.Values).ToHashSet() is { Count: > 0 } asked ? asked : null;

    /// <summary>The sort asked for, else relevance when searching, else id.</summary>
    public SortOrder ResolvedSort() => Sort ?? SortOrder.By(Q is null ? "id" : "relevance");

    /// <summary>Opaque cursor from a previous page's <c>nextCursor</c>: keyset paging, as fast on the last page as on the first. Replaces <c>page</c>.</summary>
    public TriviaCursor? Cursor { get; set; }
}

public sealed class TriviaListQueryValidator : AbstractValidator<TriviaListQuery>
{
    public TriviaListQueryValidator()
    {
        Include(new TriviaFilterValidator());
        RuleFor(q => q.Sort).OneOf("sort", SortOrder.Values(TriviaListQuery.SortFields));
        RuleFor(q => q.Sort).Must((q, sort) => q.Q is not null || q.ResolvedSort().Field != "relevance")
            .WithMessage("sort=relevance needs a search: give q.");
        RuleForEach(q => q.Facets).SomeOf("facets", TriviaListQuery.FacetNames);
        // Parsed as it is bound (TriviaCursor): here only whether it pages this sort.
        RuleFor(q => q.Cursor).Must((q, cursor) => cursor is null || cursor.Sort == q.ResolvedSort()).WithMessage(TriviaCursor.Problem);
    }
}

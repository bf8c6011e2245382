using FluentValidation;
using TriviaApi.Api;
using TriviaApi.Search;

namespace TriviaApi.Features.Search;

/// <summary>A search across facts, films, people and topics at once.</summary>
public sealed class SearchRequest : ListQuery
{
    public static readonly string[] Kinds = ["trivia", "film", "person", "tag"];

    /// <summary>What to search for, with the syntax of <c>/api/v1/trivia?q=</c>.</summary>
    /// <example>gosling piano</example>
    public SearchQuery? Q { get; set; }

    /// <summary>Kinds to search, comma-separated: <c>trivia</c>, <c>film</c>, <c>person</c>, <c>tag</c>. Default: all.</summary>
    /// <example>trivia,person</example>
    public ValueList? Type { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    [Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<string> KindsAsked => Type is null ? Kinds : Type.Values.Distinct().ToList();
}

public sealed class SearchRequestValidator : ListQueryValidator<SearchRequest>
{
    public const int MaxDepth = 1_000;

    public SearchRequestValidator()
        : base(["relevance"])
    {
        // Parsed as it is bound (SearchQuery): here only its absence.
        RuleFor(r => r.Q).NotNull().WithMessage("q is required: the words to search for.");
        RuleFor(r => r.Type).Must(t => t is null || t.Values.All(SearchRequest.Kinds.Contains))
            .WithMessage($"type must be a comma-separated list of: {string.Join(", ", SearchRequest.Kinds)}.");
        RuleFor(r => r.Page).Must((r, page) => page * r.PageSize <= MaxDepth)
            .WithMessage($"page × pageSize must be at most {MaxDepth}: refine the search instead of paging deeper.");
    }
}

using FluentValidation;

namespace TriviaApi.Api;

/// <summary>
/// Which page of a list to answer, the one declaration of <c>page</c> and <c>pageSize</c>: a <see cref="ListQuery"/>
/// inherits it, and a list whose query already derives from its filters (the trivia lists) binds it beside them.
/// </summary>
public class PageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Page number, from 1.</summary>
    /// <example>1</example>
    public int Page { get; set; } = 1;

    /// <summary>Items per page, 1 to 100.</summary>
    /// <example>20</example>
    public int PageSize { get; set; } = DefaultPageSize;
}

/// <summary>The paging rules of every list; a list's validator includes them.</summary>
public sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page must be 1 or more.");
        // Offsets are whole numbers of 32 bits all the way down (EF's Skip, SQLite's OFFSET): past that, a page would wrap around.
        RuleFor(q => q.Page).Must((q, page) => (long)page * q.PageSize < int.MaxValue)
            .WithMessage("page is past the end of any list: page × pageSize must stay under 2,147,483,647.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize)
            .WithMessage($"pageSize must be from 1 to {PageRequest.MaxPageSize}.");
    }
}

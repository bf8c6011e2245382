using FluentValidation;

namespace TriviaApi.Api;

/// <summary>The paging and sorting rules every list shares; a list's validator adds its filters.</summary>
public abstract class ListQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : IPageRequest
{
    protected ListQueryValidator(IReadOnlyCollection<string> sortFields)
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page must be 1 or more.");
        // Offsets are whole numbers of 32 bits all the way down (EF's Skip, SQLite's OFFSET): past that, a page would wrap around.
        RuleFor(q => q.Page).Must((q, page) => (long)page * q.PageSize < int.MaxValue)
            .WithMessage("page is past the end of any list: page × pageSize must stay under 2,147,483,647.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListQuery.MaxPageSize)
            .WithMessage($"pageSize must be from 1 to {ListQuery.MaxPageSize}.");
        RuleFor(q => q.Sort).OneOf("sort", SortOrder.Values(sortFields));
    }
}

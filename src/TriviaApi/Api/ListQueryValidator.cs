using FluentValidation;

namespace TriviaApi.Api;

/// <summary>The paging and sorting rules every list shares; a list's validator adds its filters.</summary>
public abstract class ListQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : ListQuery
{
    protected ListQueryValidator(IReadOnlyCollection<string> sortFields)
    {
        Include(new PageRequestValidator());
        RuleFor(q => q.Sort).OneOf("sort", SortOrder.Values(sortFields));
    }
}

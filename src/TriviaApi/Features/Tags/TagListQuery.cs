using TriviaApi.Api;

namespace TriviaApi.Features.Tags;

/// <summary>Sorting and paging of the topics.</summary>
public sealed class TagListQuery : ListQuery
{
}

public sealed class TagListQueryValidator : ListQueryValidator<TagListQuery>
{
    public TagListQueryValidator()
        : base(TagQueries.Sorting.Fields)
    {
    }
}

using TriviaApi.Api;

namespace TriviaApi.Features.Tags;

/// <summary>Sorting and paging of the topics.</summary>
public sealed class TagListQuery : ListQuery
{
    public static readonly string[] SortFields = ["slug", "name", "triviaCount"];
}

public sealed class TagListQueryValidator : ListQueryValidator<TagListQuery>
{
    public TagListQueryValidator()
        : base(TagListQuery.SortFields)
    {
    }
}

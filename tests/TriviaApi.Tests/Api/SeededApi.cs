namespace TriviaApi.Tests.Api;

/// <summary>One API over one seeded database for every read-only endpoint test: a fresh clone's state, imported once.</summary>
[CollectionDefinition(Name)]
public sealed class SeededApi : ICollectionFixture<TriviaApiFactory>
{
    public const string Name = "api";
}

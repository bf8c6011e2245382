using Microsoft.AspNetCore.OutputCaching;

namespace TriviaApi.Tests.Api;

/// <summary>An output cache store that keeps nothing: for tests that ask the same URL twice and must reach the database both times.</summary>
public sealed class NothingCached : IOutputCacheStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// Sessions live in a store of their own, so an import holding the database's write lock (SQLite's, for its whole
/// transaction) never makes them wait: with the lock held throughout, every session operation answers.
/// </summary>
public sealed class SessionsDuringImportTests : IDisposable
{
    private readonly TriviaApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Sessions_are_created_drawn_from_read_and_reset_while_an_import_holds_the_write_lock()
    {
        var client = _api.CreateClient();
        await client.GetAsync(new Uri("/health", UriKind.Relative));
        await using var import = new SqliteConnection($"Data Source={_api.DatabasePath};Pooling=False");
        await import.OpenAsync();
        await using var transaction = await import.BeginTransactionAsync();
        await using (var write = import.CreateCommand())
        {
            write.CommandText = "UPDATE Facts SET Text = Text WHERE Id = 1";
            await write.ExecuteNonQueryAsync();
        }

        // Generous: a request that waited on the lock would fail after the 30 s busy timeout, long before this.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var created = await client.PostAsync(new Uri("/api/v1/trivia/sessions", UriKind.Relative), null, patience.Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await created.Content.ReadFromJsonAsync<Session>(patience.Token))!.Token;

        var drawn = await client.GetAsync(new Uri($"/api/v1/trivia/random?count=3&session={token}", UriKind.Relative), patience.Token);
        var read = await client.GetAsync(new Uri($"/api/v1/trivia/sessions/{token}", UriKind.Relative), patience.Token);
        var reset = await client.PostAsync(new Uri($"/api/v1/trivia/sessions/{token}/reset", UriKind.Relative), null, patience.Token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (drawn.StatusCode, read.StatusCode, reset.StatusCode));
        Assert.Equal(3, (await read.Content.ReadFromJsonAsync<Session>(patience.Token))!.Seen);
    }

    private sealed record Session(string Token, int Seen);
}

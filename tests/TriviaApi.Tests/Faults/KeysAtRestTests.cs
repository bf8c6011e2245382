using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// The Data Protection keys that seal quiz question ids are kept beside the database, readable by the app's user
/// alone, or encrypted with a configured certificate; start-up warns of nothing; replicas sharing the folder open
/// each other's ids.
/// </summary>
public sealed class KeysAtRestTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"trivia-keys-{Guid.NewGuid():N}")).FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Keys_are_kept_beside_the_database_for_its_user_only_and_start_up_warns_of_nothing()
    {
        var logs = new CollectedLogs();
        using var api = new TriviaApiFactory();
        using var logged = api.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));

        var quiz = await logged.CreateClient().GetAsync(new Uri("/api/v1/quiz?count=1&hideAnswers=true", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, quiz.StatusCode);
        var keys = Path.ChangeExtension(api.DatabasePath, ".keys");
        Assert.NotEmpty(Directory.EnumerateFiles(keys, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        }

        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning && e.Category.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_certificate_every_key_is_encrypted_with_it_and_ids_still_open()
    {
        var certificate = Path.Combine(_folder, "chaves.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=trivia-chaves", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, made.Export(X509ContentType.Pkcs12, "senha-de-teste"));
        }

        var keys = Path.Combine(_folder, "chaves");
        using var api = new TriviaApiFactory
        {
            Settings =
            {
                ["DataProtection:KeysPath"] = keys,
                ["DataProtection:Certificate:Path"] = certificate,
                ["DataProtection:Certificate:Password"] = "senha-de-teste",
            },
        };
        var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await AnswerAsync(client, await QuestionIdAsync(client)));
        var written = await File.ReadAllTextAsync(Directory.EnumerateFiles(keys, "key-*.xml").First());
        Assert.Contains("EncryptedData", written, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replicas_sharing_the_key_folder_open_each_others_question_ids()
    {
        var shared = new Dictionary<string, string> { ["DataProtection:KeysPath"] = Path.Combine(_folder, "compartilhadas") };
        using var first = new TriviaApiFactory { Settings = new(shared) };
        using var second = new TriviaApiFactory { Settings = new(shared) };

        // Both started before either seals anything: each may have made a key of its own.
        var (one, other) = (first.CreateClient(), second.CreateClient());
        await one.GetAsync(new Uri("/health", UriKind.Relative));
        await other.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, await AnswerAsync(other, await QuestionIdAsync(one)));
        Assert.Equal(HttpStatusCode.OK, await AnswerAsync(one, await QuestionIdAsync(other)));
    }

    private static async Task<string> QuestionIdAsync(HttpClient client)
    {
        var quiz = await client.GetJsonAsync("/api/v1/quiz?count=1&hideAnswers=true");
        return quiz.GetProperty("questions")[0].GetProperty("id").GetString()!;
    }

    private static async Task<HttpStatusCode> AnswerAsync(HttpClient client, string question) =>
        (await client.PostAsJsonAsync(new Uri("/api/v1/quiz/answers", UriKind.Relative), new { question, answer = 0 })).StatusCode;

    private sealed class CollectedLogs : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Collector(CollectedLogs logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}

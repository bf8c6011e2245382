using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration.Memory;

namespace TriviaApi.Data;

/// <summary>
/// Registers the SQLite knowledge base, and brings it up to date at start-up: the schema first, then the start-up
/// steps the other folders own (seeding, the search index), registered from <c>Program.cs</c> in the order they run.
/// </summary>
public static partial class DatabaseSetup
{
    public const string ConnectionStringName = "Trivia";

    public static IServiceCollection AddTriviaDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = ConnectionString(configuration, environment);
        // Pooled: a request's context is reset and reused rather than built with its services again (it holds no state of its own).
        services.AddDbContextPool<TriviaDbContext>(options => options.UseSqlite(connectionString, sqlite => sqlite.UseCollectionsAsOneParameter()));
        services.AddSingleton(new DatabaseFile(connectionString));
        services.AddHostedService<ServerConnection>();
        services.AddSingleton<PreparedReads>();
        var sessions = SessionStore.For(configuration.GetConnectionString(SessionStore.ConnectionStringName), connectionString) is { } store
            ? ResolveDataSource(store, environment.ContentRootPath)
            : null;
        services.AddSingleton(new SessionStore(sessions, configuration.GetValue("Sessions:Max", 100_000), configuration.GetValue("Sessions:MaxSeen", SessionStore.DefaultMaxSeen)));
        // Pooled too: a random draw's controller takes the session store's context even without a session, and a
        // context built per request built its options again with it.
        services.AddDbContextPool<SessionDbContext>(options => options.UseSqlite(sessions ?? "Data Source=:memory:").AddInterceptors(SessionStoreConnections.Instance));

        // The keys that seal quiz question ids sit beside the database, as its sessions do.
        services.AddTriviaDataProtection(configuration, connectionString);
        return services;
    }

    /// <summary>
    /// A list in a query (<c>ids.Contains(f.Id)</c>, a page of facts by id) goes to SQLite as one JSON parameter read
    /// with <c>json_each</c>. EF Core's default, a parameter per element, makes SQL that depends on the list's length,
    /// which EF Core does not cache: every such query was translated again, under a lock that concurrent requests
    /// queue on.
    /// </summary>
    private static SqliteDbContextOptionsBuilder UseCollectionsAsOneParameter(this SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);

    /// <summary>
    /// EF Core logs every command it runs at Information, as loud as a request log line per query. appsettings.json
    /// quiets it, but a run from another folder (the published app, a child process) has none: the same default is
    /// set here, under every configuration source, so configuration still decides.
    /// </summary>
    public static void AddQuietDatabaseLogging(this IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning" },
        });
    }

    /// <summary>Adds a step that <see cref="PrepareDatabaseAsync"/> runs, in its own scope, after the schema is current.</summary>
    public static IServiceCollection AddStartupStep<TStep>(this IServiceCollection services)
        where TStep : class, IStartupStep
    {
        services.AddScoped<TStep>();
        services.AddSingleton(new StartupStepType(typeof(TStep)));
        return services;
    }

    /// <summary>Applies pending migrations, then runs the start-up steps in the order they were added.</summary>
    /// <exception cref="DatabaseFaultException">The file cannot be used: the message says why in one line.</exception>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        try
        {
            var logger = services.GetRequiredService<ILogger<DatabaseFile>>();
            if (services.GetRequiredService<DatabaseFile>() is { IsReadOnly: true } readOnly)
            {
                LogReadOnly(logger, readOnly.Path);
            }

            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<TriviaDbContext>().UpgradeSchemaAsync(note => LogWaiting(logger, note), cancellationToken);
            }

            await using (var scope = services.CreateAsyncScope())
            {
                await PrepareSessionStoreAsync(scope.ServiceProvider, cancellationToken);
            }

            foreach (var step in services.GetServices<StartupStepType>())
            {
                await using var scope = services.CreateAsyncScope();
                await ((IStartupStep)scope.ServiceProvider.GetRequiredService(step.Type)).RunAsync(cancellationToken);
            }
        }
        catch (SqliteException e)
        {
            throw DatabaseFaultException.From(e, services.GetRequiredService<DatabaseFile>().Path);
        }
    }

    /// <summary>
    /// Brings the database's schema up to this build's, for the API's start and the import command alike. The file is
    /// checked first on a connection of its own, so a file that is not a usable database gets one clear line. A current
    /// schema is left alone without taking EF's migrations lock, which needs a write: a read-only database serves.
    /// </summary>
    /// <param name="db">The knowledge base.</param>
    /// <param name="waiting">Told at once when another process holds the file locked, before its lock is waited for.</param>
    /// <param name="cancellationToken">Cancels the upgrade.</param>
    /// <exception cref="DatabaseFaultException">The file cannot be used: the message says why in one line.</exception>
    public static async Task UpgradeSchemaAsync(this TriviaDbContext db, Action<string>? waiting = null, CancellationToken cancellationToken = default)
    {
        var file = new DatabaseFile(db.Database.GetConnectionString()!);
        await file.CheckAsync(mustExist: false, waiting, cancellationToken);
        try
        {
            await RefuseEarlierSchemaAsync(db, cancellationToken);
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (SqliteException e)
        {
            throw DatabaseFaultException.From(e, file.Path);
        }
    }

    /// <summary>
    /// Whether the database on <paramref name="connection"/> has exactly this build's migrations applied: one query and
    /// no EF model or migrations services, for a command that answers before the app is built. A database without the
    /// history table throws, as any unreadable one does.
    /// </summary>
    public static async Task<bool> HasCurrentSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }

        return applied.SetEquals(BuiltMigrations());
    }

    /// <summary>
    /// The ids of this build's migrations of the knowledge base, found as EF finds them (the attributes of the
    /// migration classes) but without building EF's services.
    /// </summary>
    internal static IEnumerable<string> BuiltMigrations() =>
        typeof(TriviaDbContext).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(TriviaDbContext))
            .Select(type => type.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>();

    /// <summary>
    /// The configured connection string (<c>ConnectionStrings:Trivia</c>), a relative database file placed under
    /// the content root and its folder created; read-only when the file is one this process may not write.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration, IHostEnvironment environment) =>
        DatabaseFile.ReadOnlyWhereNotWritable(ResolveDataSource(configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=trivia.db", environment.ContentRootPath));

    /// <summary>
    /// The migrations were reset to one initial schema before the first release: a database made before that holds
    /// migrations this build does not know, and cannot be upgraded. It is refused, saying what to do.
    /// </summary>
    private static async Task RefuseEarlierSchemaAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseFaultException(
                $"The database {db.Database.GetDbConnection().DataSource} was made by an earlier schema (migration {unknown[0]}), which this version cannot upgrade. "
                + "Delete it (and the .search folder beside it) and re-import the trivia files: `dotnet run --project src/TriviaApi -- import PATH...`, or start the API to import the seeds.");
        }
    }

    /// <summary>Creates or upgrades the session store, when there is one to write.</summary>
    private static async Task PrepareSessionStoreAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<SessionStore>().ConnectionString is null)
        {
            return;
        }

        var sessions = services.GetRequiredService<SessionDbContext>();
        if ((await sessions.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await sessions.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>A relative database file is placed under the content root, and its folder created.</summary>
    private static string ResolveDataSource(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(file, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }

    private sealed record StartupStepType(Type Type);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the database {Path} read-only (Mode=ReadOnly, or a file this process may not write): reads are served; session writes answer 503 unless ConnectionStrings:Sessions names a writable store.")]
    private static partial void LogReadOnly(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Note}")]
    private static partial void LogWaiting(ILogger logger, string note);
}

namespace TriviaApi.Importing;

public static class ImportingSetup
{
    /// <summary>The importer, for the import command, the seeding step and the benchmarks.</summary>
    public static IServiceCollection AddTriviaImporting(this IServiceCollection services) =>
        services.AddScoped<KnowledgeBaseImporter>();
}

using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// A C# client written by NSwag from the served OpenAPI document, compiled by Roslyn and loaded, as a team consuming
/// the API would generate it: one class, one method per operation named after its <c>operationId</c>, Newtonsoft
/// contracts that refuse a missing required property or a null the document does not allow, and an exception for
/// any status the document does not declare.
/// </summary>
internal sealed class GeneratedClient
{
    public const string Namespace = "TriviaApi.Generated";
    public const string ClassName = "TriviaApiClient";

    private static readonly ConcurrentDictionary<string, Lazy<Task<GeneratedClient>>> Compiled = new(StringComparer.Ordinal);

    private GeneratedClient(string code, Assembly assembly) => (Code, Assembly) = (code, assembly);

    /// <summary>The generated source, for a failing test to show.</summary>
    public string Code { get; }

    public Assembly Assembly { get; }

    /// <summary>The client class, its constructor taking the <see cref="HttpClient"/> whose base address is the API.</summary>
    public Type ClientType => Assembly.GetType($"{Namespace}.{ClassName}", throwOnError: true)!;

    /// <summary>The client of a document, generated and compiled once however many tests ask for it.</summary>
    public static Task<GeneratedClient> FromDocumentAsync(string json) =>
        Compiled.GetOrAdd(json, document => new Lazy<Task<GeneratedClient>>(() => GenerateAsync(document))).Value;

    private static async Task<GeneratedClient> GenerateAsync(string json)
    {
        var document = await OpenApiDocument.FromJsonAsync(json);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = ClassName,
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            UseBaseUrl = false,
            GenerateClientInterfaces = false,
            GenerateOptionalParameters = true,
            CSharpGeneratorSettings = { Namespace = Namespace, JsonLibrary = CSharpJsonLibrary.NewtonsoftJson },
        };
        var code = new CSharpClientGenerator(document, settings).GenerateFile();
        return new GeneratedClient(code, Compile(code));
    }

    private static Assembly Compile(string code)
    {
        // The running test's own framework and Newtonsoft.Json (which NSwag brings) are all the generated code uses.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            $"TriviaApi.Generated.{Guid.NewGuid():N}",
            [CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10);
            throw new InvalidOperationException("The generated client does not compile:\n" + string.Join("\n", errors));
        }

        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    }
}

using System.Text.RegularExpressions;

namespace TriviaApi.Tests;

/// <summary>
/// The dependency direction the README's layout section states, checked on the sources: every <c>using</c> and
/// qualified name of a file in <c>src/TriviaApi</c> must point down those lines, and no two folders may use each other.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    private const string Root = "Program.cs";

    private static readonly string Repository = FindRepository();

    private static readonly string Source = Path.Combine(Repository, "src", "TriviaApi");

    /// <summary>The top-level folders of src/TriviaApi: a reference to anything else (a string, "TriviaApi.xml") is no use of one.</summary>
    private static readonly IReadOnlySet<string> Folders = Directory.EnumerateDirectories(Source).Select(Path.GetFileName).OfType<string>()
        .Where(f => f is not ("obj" or "bin" or "Properties")).ToHashSet();

    private static readonly IReadOnlyList<SourceFile> Sources = ReadSources();

    [Fact]
    public void Every_file_sits_in_the_namespace_of_its_top_level_folder()
    {
        var strays = Sources.Where(s => s.Folder != Root && !s.Namespace.StartsWith($"TriviaApi.{s.Folder}", StringComparison.Ordinal))
            .Select(s => $"{s.Path}: namespace {s.Namespace}");

        Assert.Empty(strays);
    }

    [Fact]
    public void Every_folder_uses_only_the_folders_below_it_in_the_readme()
    {
        var allowed = AllowedUses();
        var against = Sources.SelectMany(s => s.Uses.Where(used => used != s.Folder && !allowed[s.Folder].Contains(used))
            .Select(used => $"{s.Path} uses {used}"));

        Assert.Empty(against);
    }

    [Fact]
    public void No_two_top_level_folders_use_each_other_even_through_others()
    {
        var uses = Sources.GroupBy(s => s.Folder).ToDictionary(g => g.Key, g => g.SelectMany(s => s.Uses).Where(u => u != g.Key).ToHashSet());

        var circles = uses.Keys.Where(folder => Reachable(uses, folder).Contains(folder)).Order(StringComparer.Ordinal);

        Assert.Empty(circles);
    }

    [Fact]
    public void A_feature_uses_no_other_feature()
    {
        var against = Sources.Where(s => s.Feature is not null)
            .SelectMany(s => FeatureUse().Matches(s.Text).Select(m => m.Groups[1].Value).Distinct()
                .Where(other => other != s.Feature).Select(other => $"{s.Path} uses Features/{other}"));

        Assert.Empty(against);
    }

    [Fact]
    public void The_readme_names_every_top_level_folder()
    {
        var named = AllowedUses().Keys;

        Assert.DoesNotContain(Sources.Select(s => s.Folder).Distinct(), f => !named.Contains(f));
    }

    /// <summary>
    /// The README's lines <c>A ← B ← C</c>: C may use B and A, B may use A; a folder may use whatever the folders it
    /// may use may use.
    /// </summary>
    private static Dictionary<string, HashSet<string>> AllowedUses()
    {
        var readme = File.ReadAllLines(Path.Combine(Repository, "README.md"));
        var direct = new Dictionary<string, HashSet<string>>();
        foreach (var line in readme.Where(l => l.Contains('←', StringComparison.Ordinal) && l.StartsWith("    ", StringComparison.Ordinal)))
        {
            var chain = Comment().Replace(line, "").Split('←', StringSplitOptions.TrimEntries);
            for (var i = 0; i < chain.Length; i++)
            {
                var above = direct.TryGetValue(chain[i], out var set) ? set : direct[chain[i]] = [];
                if (i > 0)
                {
                    above.Add(chain[i - 1]);
                }
            }
        }

        return direct.Keys.ToDictionary(f => f, f => Reachable(direct, f));
    }

    private static HashSet<string> Reachable(Dictionary<string, HashSet<string>> edges, string from)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>(edges.GetValueOrDefault(from) ?? []);
        while (stack.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var further in edges.GetValueOrDefault(next) ?? [])
                {
                    stack.Push(further);
                }
            }
        }

        return seen;
    }

    private static List<SourceFile> ReadSources()
    {
        return Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Source, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal))
            .Select(path => SourceFile.Read(Source, path))
            .ToList();
    }

    private static string FindRepository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TriviaApi.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("TriviaApi.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\(.*?\)")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\bTriviaApi\.Features\.(\w+)")]
    private static partial Regex FeatureUse();

    private sealed partial record SourceFile(string Path, string Folder, string? Feature, string Namespace, string Text, IReadOnlySet<string> Uses)
    {
        public static SourceFile Read(string source, string path)
        {
            var text = File.ReadAllText(System.IO.Path.Combine(source, path));
            var parts = path.Split('/');
            var folder = parts.Length == 1 ? Root : parts[0];
            var feature = folder == "Features" && parts.Length > 2 ? parts[1] : null;
            var uses = Reference().Matches(text).Select(m => m.Groups[1].Value).Where(Folders.Contains).ToHashSet();
            return new SourceFile(path, folder, feature, NamespaceOf().Match(text).Groups[1].Value, text, uses);
        }

        /// <summary>A <c>using TriviaApi.X</c> or a name qualified from the root, <c>TriviaApi.X.Y</c>.</summary>
        [GeneratedRegex(@"\bTriviaApi\.([A-Z]\w*)")]
        private static partial Regex Reference();

        [GeneratedRegex(@"^namespace ([\w.]+)", RegexOptions.Multiline)]
        private static partial Regex NamespaceOf();
    }
}

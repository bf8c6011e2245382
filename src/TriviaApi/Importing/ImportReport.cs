namespace TriviaApi.Importing;

/// <summary>What an import did, kind by kind; an import of unchanged files reports no change at all.</summary>
public sealed class ImportReport
{
    public int Files { get; set; }

    public ChangeCount Facts { get; } = new();

    public int UnchangedFacts { get; set; }

    public ChangeCount Films { get; } = new();

    public ChangeCount People { get; } = new();

    public ChangeCount Characters { get; } = new();

    /// <summary>Facts put under a topic, or taken out of one (the topics themselves are fixed).</summary>
    public ChangeCount TagAssignments { get; } = new();

    [System.Text.Json.Serialization.JsonIgnore]
    public bool ChangedAnything => Facts.Any || Films.Any || People.Any || Characters.Any || TagAssignments.Any;

    public override string ToString() => string.Join(Environment.NewLine,
        $"Imported {Files} file(s):",
        $"  facts:      {Facts}, {UnchangedFacts} unchanged",
        $"  films:      {Films}",
        $"  people:     {People}",
        $"  characters: {Characters}",
        $"  tags:       {TagAssignments} (fact-topic assignments)");
}

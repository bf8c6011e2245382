namespace TriviaApi.Importing;

/// <summary>What an import did, kind by kind; an import of unchanged files reports no change at all.</summary>
public sealed class ImportReport
{
    /// <summary>Files imported: read, extracted and brought in line.</summary>
    public int Files { get; set; }

    /// <summary>Files skipped, unchanged since their last import (their facts count as unchanged).</summary>
    public int SkippedFiles { get; set; }

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
        $"Imported {Files} file(s){(SkippedFiles > 0 ? $", skipped {SkippedFiles} unchanged since their last import" : "")}:",
        $"  facts:      {Facts}, {UnchangedFacts} unchanged",
        $"  films:      {Films}",
        $"  people:     {People}",
        $"  characters: {Characters}",
        $"  tags:       {TagAssignments} (fact-topic assignments)");
}

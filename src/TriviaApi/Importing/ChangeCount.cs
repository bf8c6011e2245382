namespace TriviaApi.Importing;

/// <summary>How many things of one kind an import added, updated and removed.</summary>
public sealed class ChangeCount
{
    public int Added { get; set; }

    public int Updated { get; set; }

    public int Removed { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool Any => Added + Updated + Removed > 0;

    public override string ToString() => $"{Added} added, {Updated} updated, {Removed} removed";
}

using TriviaApi.Domain;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>
/// What an import would do, line by line, for a curator to check before it lands (<c>import --dry-run</c>): each
/// person, film, character and topic found, the cue that decided it, and whether it would be created.
/// </summary>
public sealed class ImportReview
{
    private readonly (int Person, int Film, int Character) _lastIds;

    /// <param name="lastIds">The highest ids in the database before the import: an entity above them is new.</param>
    internal ImportReview((int Person, int Film, int Character) lastIds) => _lastIds = lastIds;

    public List<ReviewedLine> Lines { get; } = [];

    public ImportReport Report { get; internal set; } = new();

    internal void Record(TriviaSource source, IReadOnlyList<TriviaLine> lines, IReadOnlyList<FactMentions> mentions, EntityIndex entities)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var found = mentions[i];
            var cues = found.Cues.ToLookup(c => c.Kind);
            var reviewed = found.People.Zip(cues[MentionKind.Person], (p, cue) => Reviewed(cue, entities.Person(p.Name).Id > _lastIds.Person))
                .Concat(found.Films.Zip(cues[MentionKind.Film], (f, cue) => Reviewed(cue, entities.Film(f) is { } film && film.Id > _lastIds.Film)))
                .Concat(found.Characters.Zip(cues[MentionKind.Character], (c, cue) => Reviewed(cue, CharacterOf(c, entities).Id > _lastIds.Character)))
                .Concat(cues[MentionKind.Tag].Select(cue => Reviewed(cue, isNew: false)));
            Lines.Add(new ReviewedLine(source.FileName, lines[i].Number, lines[i].Fact, reviewed.ToList()));
        }
    }

    private static Character CharacterOf(CharacterMention mention, EntityIndex entities) =>
        entities.Character(mention.Name, mention.Film is null ? null : entities.Film(mention.Film), mention.ActorName is null ? null : entities.Person(mention.ActorName));

    private static ReviewedMention Reviewed(MentionCue cue, bool isNew) => new(cue.Kind, cue.Name, cue.Cue, isNew);
}

/// <summary>One line of a reviewed file and what extraction found in it.</summary>
public sealed record ReviewedLine(string File, int Line, string Text, IReadOnlyList<ReviewedMention> Mentions);

/// <summary>One thing found in a line, why, and whether the import would create it.</summary>
public sealed record ReviewedMention(MentionKind Kind, string Name, string Cue, bool IsNew);

namespace TriviaApi.Extraction;

/// <summary>
/// Relatives of characters ("Marta, a filha do Coronel Brandão"): names that kinship ties to a character become
/// characters of the same story. Apart from the registering of people because it reads pairs of names, not names alone.
/// </summary>
internal sealed partial class NameRegistry
{
    /// <summary>
    /// "Lee Soo-ah, irmã de Woo-jin", "Marta, a filha do Coronel Brandão": a name that a word of kinship or company
    /// ties to a character is a character of the same story, when nothing says it is a person. Between two people
    /// ("Sofia Coppola, filha de Francis Ford Coppola") nothing changes. Returns the names tied so to a person, whom
    /// a character's first name does not take ("Deneuve contracena com a irmã, Françoise Dorléac").
    /// </summary>
    private HashSet<string> TakeRelativesOfCharacters(IReadOnlyList<List<NameRun>> runs, IReadOnlyList<IReadOnlyList<Token>> tokens, HashSet<string> evidenced)
    {
        var relativesOfPeople = new HashSet<string>();
        for (var line = 0; line < runs.Count; line++)
        {
            // A pair takes two names: a fact with fewer is not read for one.
            if (runs[line].Count < 2)
            {
                continue;
            }

            foreach (var (one, other, eitherWay) in RelativePairs.In(runs[line], tokens[line]))
            {
                foreach (var (relative, known) in eitherWay ? new[] { (one, other), (other, one) } : [(one, other)])
                {
                    // A person something says is one: a trade, an actor's place, a credit; not an actor in a cast pair's parentheses.
                    var person = known.WordCount == 1 ? PersonBySurname(known.Key, line) ?? known.Key : known.Key;
                    if (CharacterFor(known) is null && evidenced.Contains(person) && !(known.First >= 1 && tokens[line][known.First - 1].Is("(")))
                    {
                        relativesOfPeople.Add(relative.Key);
                    }

                    if (CharacterFor(known) is { } character && CharacterFor(relative) is null && relative.Cue == CharacterCue.None
                        && relative.Professions.Count == 0 && !evidenced.Contains(relative.Key) && !_manifestPeople.Contains(relative.Key))
                    {
                        _characters[relative.Key] = new CharacterMention(relative.Text, character.Film, null);
                        _people.Remove(relative.Key);
                    }
                }
            }
        }

        return relativesOfPeople;
    }
}

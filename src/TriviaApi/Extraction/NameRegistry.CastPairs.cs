namespace TriviaApi.Extraction;

/// <summary>
/// Cast pairs ("Eunice (Fernanda Torres)") and linking verbs ("... é Elizabeth Hanks"): which name of a pair is the
/// actor, settled for the whole file before anyone is registered, so it lives apart from the registering.
/// </summary>
internal sealed partial class NameRegistry
{
    /// <summary>
    /// "A menina do ônibus com Forrest é Elizabeth Hanks": after "é", "foi" or "como", a single name that ends no full
    /// name of the file, or that a fact says was played, is no actor, so the name after it is no role.
    /// </summary>
    private void DropLinksToNobody(List<NameRun> runs)
    {
        // Most files link no role to an actor of one name: the sets below are made only for a file that does.
        if (!runs.Exists(r => r.PlayedByLinkingVerb && r.Actor is { WordCount: 1 }))
        {
            return;
        }

        var surnames = runs.Where(r => r.WordCount >= 2 && r.Cue == CharacterCue.None).Select(r => r.LastWordKey)
            .Concat(_manifestPeople.Select(LastWord)).ToHashSet();
        var roles = runs.Where(r => r.Cue is not (CharacterCue.None or CharacterCue.RoleOf) && !r.PlayedByLinkingVerb).Select(r => FirstWord(r.Key)).ToHashSet();
        foreach (var run in runs.Where(r => r.PlayedByLinkingVerb && r.Actor is { WordCount: 1 } actor && (!surnames.Contains(actor.Key) || roles.Contains(actor.Key))))
        {
            // "Irandhir ficaria conhecido como o deputado Diogo Fraga em Tropa de Elite 2 (2010)": a name of a film's is
            // still its role, whoever played it.
            run.Actor = null;
            (run.Cue, run.CueText) = run.FilmAfter is not null ? (CharacterCue.Role, $"role of {run.FilmAfter.Film.Title}") : (CharacterCue.None, "");
        }
    }

    /// <summary>
    /// In "Eunice (Fernanda Torres)" and "Fernanda Torres (Eunice)" the single name is the character; between two full names the
    /// manifest, then a name used as a person's elsewhere in the file, tells. Pairs nothing tells follow the order
    /// the file's other pairs use, else the cast-list order "Personagem (Ator)".
    /// </summary>
    private void ResolveCastPairs(List<NameRun> runs)
    {
        // Most files hold no cast pair: the names used as people's are gathered only for a file that does.
        if (!runs.Exists(OpensACastPair))
        {
            return;
        }

        var namedAsPeople = runs.Where(IsUsedAsPersonsName).Select(r => r.Key).Concat(_manifestPeople).ToHashSet();
        var pairs = runs.Where(OpensACastPair)
            .Select(outside => (Outside: outside, Inside: outside.PairedWith!, InsideIsCharacter: InsideIsCharacter(outside, outside.PairedWith!, namedAsPeople)))
            .ToList();
        var insideFirstInFile = pairs.Count(p => p.InsideIsCharacter == true) > pairs.Count(p => p.InsideIsCharacter == false);
        foreach (var (outside, inside, insideIsCharacter) in pairs)
        {
            var (character, actor) = insideIsCharacter ?? insideFirstInFile ? (inside, outside) : (outside, inside);
            (character.Actor, actor.Cue) = (actor, CharacterCue.None);
        }
    }

    /// <summary>The first name of a cast pair, "Eunice" of "Eunice (Fernanda Torres)".</summary>
    private static bool OpensACastPair(NameRun run) => run.Cue == CharacterCue.Credited && run.PairedWith is { } inside && run.Last < inside.First;

    /// <summary>
    /// A full name with no role cue and no article before it; one made of ordinary words ("Capitão Trovão") only with
    /// a role noun that says it is a person ("a atriz Glória Pires") or words that put it in the cast ("Boca Rica faz
    /// uma ponta").
    /// </summary>
    private static bool IsUsedAsPersonsName(NameRun run) =>
        IsFullNameWithoutCue(run) && (!run.IsOrdinaryWords || run.Professions.Count > 0 || run.InTheCast);

    private static bool IsFullNameWithoutCue(NameRun run) =>
        run.WordCount >= 2 && run.Cue == CharacterCue.None && !run.HasArticleBefore;

    private bool? InsideIsCharacter(NameRun outside, NameRun inside, HashSet<string> namedAsPeople) =>
        ManifestCharacter(inside) is not null || (inside.WordCount == 1 && outside.WordCount >= 2) || (namedAsPeople.Contains(outside.Key) && !namedAsPeople.Contains(inside.Key))
            || (IsAddressed(inside) && !IsAddressed(outside)) ? true
        : ManifestCharacter(outside) is not null || (outside.WordCount == 1 && inside.WordCount >= 2) || (namedAsPeople.Contains(inside.Key) && !namedAsPeople.Contains(outside.Key))
            || (IsAddressed(outside) && !IsAddressed(inside)) ? false
        : null;

    /// <summary>"Dr. Jack Seward", "Lorde Arthur Holmwood": a title of address opens a character's name, seldom an actor's.</summary>
    private static bool IsAddressed(NameRun run) => run.WordCount >= 2 && Lexicon.CharacterTitles.Contains(FirstWord(run.Key).TrimEnd('.'));
}

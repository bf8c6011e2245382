using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// A parsed <see cref="SearchQuery"/> as Lucene queries built term by term, never through Lucene's query parser, so
/// nothing a user types is read as syntax. Facts are matched in their text and their names, a name weighing
/// <see cref="FactFields.NameBoost"/> times the text.
/// </summary>
internal static class LuceneQueries
{
    /// <summary>
    /// The facts a search matches, scored. With the searcher it will run on, a common word, phrase or prefix is its
    /// stored query (<see cref="StoredWordQuery"/>), which matches and scores as the term's own query does.
    /// </summary>
    public static Query Facts(SearchQuery query, IndexSearcher? searcher = null) =>
        Combine(query, term => searcher is not null && Stored(searcher, term) is { } stored ? stored : Fact(term));

    private static StoredWordQuery? Stored(IndexSearcher searcher, SearchTerm term) =>
        CommonWords.Get(searcher, term) is { } scores ? new StoredWordQuery(scores, term) : null;

    /// <summary>One term in a fact's text or names: the query whose scores <see cref="CommonWords"/> keeps.</summary>
    public static Query FactTerm(SearchTerm term) => Fact(term);

    private static BooleanQuery Fact(SearchTerm term) =>
        Either(Term(FactFields.Text, term), Boosted(Term(FactFields.Names, term), FactFields.NameBoost));

    public static Query Names(SearchQuery query) => Combine(query, term => Term(FactFields.Name, term));

    /// <summary>
    /// A search's words kept to the facts the filters allow: the filters by id are terms whose postings Lucene
    /// leapfrogs with the words', and the years and the keyset cursor are checked for each match (<see cref="FactRangeFilter"/>).
    /// </summary>
    public static Query Filtered(Query words, FactFilter filter, FactOrder order)
    {
        var query = Terms(filter) is { } terms ? new FilteredQuery(words, new QueryWrapperFilter(terms)) : words;
        return Ranges(filter, order)?.Apply(query) ?? query;
    }

    /// <summary>Every fact the filters allow, without scoring: what a list without words matches.</summary>
    public static Query Only(FactFilter filter, FactOrder order)
    {
        var query = new ConstantScoreQuery((Query?)Terms(filter) ?? EveryFact(order));
        return Ranges(filter, order)?.Apply(query) ?? query;
    }

    /// <summary>
    /// Every fact, or past a cursor by id every fact after it (and some before it, in the cursor's block of ids, which
    /// the cursor's own check leaves out, <see cref="Ranges"/>): name documents have no indexed id, and a range of ids
    /// is read from a few postings lists rather than checking every document.
    /// </summary>
    private static NumericRangeQuery<int> EveryFact(FactOrder order) => order is { Field: not FactSortField.Year, After: (_, var id) }
        ? order.Descending ? Ids(null, id, true, false) : Ids(id, null, false, true)
        : Ids(null, null, true, true);

    /// <summary>
    /// The facts of a range of ids, and of the rest of the blocks of 256 ids (<see cref="FactFields.IdPrecisionStep"/>)
    /// its ends fall in: the id's terms name blocks of ids, not single ids (<see cref="FactFields.Id"/>), so whoever
    /// needs the exact range checks each match.
    /// </summary>
    public static NumericRangeQuery<int> Ids(int? from, int? to, bool fromIncluded, bool toIncluded)
    {
        const int offsets = (1 << FactFields.IdPrecisionStep) - 1;
        long? first = from is { } f ? (fromIncluded ? f : f + 1L) & ~offsets : null;
        long? last = to is { } t ? (toIncluded ? t : t - 1L) | offsets : null;
        return first > int.MaxValue || last < int.MinValue || first > last
            ? NumericRangeQuery.NewInt32Range(FactFields.Id, FactFields.IdPrecisionStep, 1, 0, true, true)
            : NumericRangeQuery.NewInt32Range(FactFields.Id, FactFields.IdPrecisionStep, (int?)first, (int?)last, true, true);
    }

    /// <summary>The filters by id (subject film, people, mentions, topics); null when there are none.</summary>
    private static BooleanQuery? Terms(FactFilter filter)
    {
        var all = new BooleanQuery();
        if (filter.FilmId is { } film)
        {
            all.Add(new TermQuery(FactKeys.Film(film)), Occur.MUST);
        }

        if (filter.PersonId is { } person)
        {
            all.Add(new TermQuery(FactKeys.Person(person)), Occur.MUST);
        }

        if (filter.Mentions is var (mentionedFilm, mentionedPerson))
        {
            var either = new BooleanQuery();
            if (mentionedFilm is { } f)
            {
                either.Add(new TermQuery(FactKeys.MentionedFilm(f)), Occur.SHOULD);
            }

            if (mentionedPerson is { } p)
            {
                either.Add(new TermQuery(FactKeys.Person(p)), Occur.SHOULD);
            }

            all.Add(either, Occur.MUST);
        }

        foreach (var tag in filter.TagIds ?? [])
        {
            all.Add(new TermQuery(FactKeys.Tag(tag)), Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : all;
    }

    /// <summary>The years and the keyset cursor; null when there are neither.</summary>
    private static FactRangeFilter? Ranges(FactFilter filter, FactOrder order) =>
        filter.YearFrom is null && filter.YearTo is null && order.After is null ? null : new FactRangeFilter(filter.YearFrom, filter.YearTo, order);

    private static BooleanQuery Combine(SearchQuery query, Func<SearchTerm, Query> match)
    {
        var all = new BooleanQuery();
        foreach (var group in query.Required)
        {
            all.Add(group.Count == 1 ? match(group[0]) : Any(group.Select(match)), Occur.MUST);
        }

        foreach (var term in query.Excluded)
        {
            all.Add(match(term), Occur.MUST_NOT);
        }

        return all;
    }

    private static Query Term(string field, SearchTerm term)
    {
        if (term.IsPrefix)
        {
            return new PrefixQuery(new Term(field, term.Words[0]));
        }

        if (term.Words.Count == 1)
        {
            return new TermQuery(new Term(field, term.Words[0]));
        }

        var phrase = new PhraseQuery();
        foreach (var word in term.Words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }

    private static BooleanQuery Either(Query first, Query second) => Any([first, second]);

    private static BooleanQuery Any(IEnumerable<Query> alternatives)
    {
        var any = new BooleanQuery();
        foreach (var alternative in alternatives)
        {
            any.Add(alternative, Occur.SHOULD);
        }

        return any;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}

using System.Globalization;
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
    /// The facts a search matches, scored. With the searcher it will run on, a common word is its stored query
    /// (<see cref="StoredWordQuery"/>), which matches and scores as the word's own query does.
    /// </summary>
    public static Query Facts(SearchQuery query, IndexSearcher? searcher = null) =>
        Combine(query, term => searcher is not null && Stored(searcher, term) is { } stored ? stored : Fact(term));

    private static StoredWordQuery? Stored(IndexSearcher searcher, SearchTerm term) =>
        term is { IsPrefix: false, Words: [var word] } && CommonWords.Get(searcher, word) is { } scores ? new StoredWordQuery(scores, word) : null;

    /// <summary>One word in a fact's text or names: the query whose scores <see cref="CommonWords"/> keeps.</summary>
    public static Query FactWord(string word) => Fact(new SearchTerm([word], IsPrefix: false));

    private static BooleanQuery Fact(SearchTerm term) =>
        Either(Term(FactFields.Text, term), Boosted(Term(FactFields.Names, term), FactFields.NameBoost));

    public static Query Names(SearchQuery query) => Combine(query, term => Term(FactFields.Name, term));

    /// <summary>The filters as one query that matches without scoring; null when nothing filters.</summary>
    public static Filter? Filter(FactFilter filter, FactOrder order) =>
        Filters(filter, order) is { } all ? new QueryWrapperFilter(all) : null;

    /// <summary>
    /// Every fact the filters allow, without scoring: what a list without words matches. Name documents hold none of
    /// the filters' fields, nor an indexed id: with no filter, the open range of ids is every fact, read from one
    /// postings list rather than checking every document for a subject film.
    /// </summary>
    public static Query Only(FactFilter filter, FactOrder order) =>
        new ConstantScoreQuery(Filters(filter, order) ?? (Query)NumericRangeQuery.NewInt32Range(FactFields.Id, null, null, true, true));

    private static BooleanQuery? Filters(FactFilter filter, FactOrder order)
    {
        var all = new BooleanQuery();
        if (filter.FilmId is { } film)
        {
            all.Add(Exact(FactFields.Film, film), Occur.MUST);
        }

        if (filter.PersonId is { } person)
        {
            all.Add(Exact(FactFields.People, person), Occur.MUST);
        }

        if (filter.Mentions is var (mentionedFilm, mentionedPerson))
        {
            var either = new BooleanQuery();
            if (mentionedFilm is { } f)
            {
                either.Add(Exact(FactFields.MentionedFilms, f), Occur.SHOULD);
            }

            if (mentionedPerson is { } p)
            {
                either.Add(Exact(FactFields.People, p), Occur.SHOULD);
            }

            all.Add(either, Occur.MUST);
        }

        foreach (var tag in filter.TagIds ?? [])
        {
            all.Add(Exact(FactFields.Tags, tag), Occur.MUST);
        }

        if (filter.YearFrom is not null || filter.YearTo is not null)
        {
            all.Add(NumericRangeQuery.NewInt32Range(FactFields.Year, filter.YearFrom, filter.YearTo, true, true), Occur.MUST);
        }

        if (order.After is var (year, id))
        {
            all.Add(After(order, year, id), Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : all;
    }

    /// <summary>The facts after a keyset cursor, in the order's direction; ties by id ascending.</summary>
    private static Query After(FactOrder order, int year, int id)
    {
        var laterId = order.Field == FactSortField.Id && order.Descending
            ? NumericRangeQuery.NewInt32Range(FactFields.Id, null, id, true, false)
            : NumericRangeQuery.NewInt32Range(FactFields.Id, id, null, false, true);
        if (order.Field != FactSortField.Year)
        {
            return laterId;
        }

        var sameYear = new BooleanQuery
        {
            { NumericRangeQuery.NewInt32Range(FactFields.Year, year, year, true, true), Occur.MUST },
            { laterId, Occur.MUST },
        };
        var laterYear = order.Descending
            ? NumericRangeQuery.NewInt32Range(FactFields.Year, null, year, true, false)
            : NumericRangeQuery.NewInt32Range(FactFields.Year, year, null, false, true);
        return new BooleanQuery { { laterYear, Occur.SHOULD }, { sameYear, Occur.SHOULD } };
    }

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

    private static TermQuery Exact(string field, int id) => new(new Term(field, id.ToString(CultureInfo.InvariantCulture)));
}

using TriviaApi.Search;

namespace TriviaApi.Tests.Search;

/// <summary>A fact's names column, as the import writes it and re-indexing rebuilds it.</summary>
public sealed class FactNamesTests
{
    [Fact]
    public void Names_stemmed_one_at_a_time_read_as_the_whole_list_stemmed_at_once()
    {
        var names = SearchIndex.FactNames("Whiplash - Em Busca da Perfeição", null, ["J.K. Simmons", "Miles Teller"],
            [("Os Guarda-Chuvas do Amor", "Les Parapluies de Cherbourg"), ("Cantando na Chuva", null)], ["Andrew Neiman"], [("Prêmios", "Awards")]);

        Assert.Equal(SearchText.Normalize("Whiplash - Em Busca da Perfeição  J.K. Simmons Miles Teller Os Guarda-Chuvas do Amor Les Parapluies de Cherbourg "
            + "Cantando na Chuva  Andrew Neiman Prêmios Awards"), names);
    }

    [Fact]
    public void A_cached_stemmer_gives_the_same_names()
    {
        var calls = new List<string>();
        string Counting(string name)
        {
            calls.Add(name);
            return SearchText.Normalize(name);
        }

        var cached = SearchIndex.FactNames("La La Land", "La La Land", ["Emma Stone"], [], [], [("Música", "Music")], Counting);

        Assert.Equal(SearchIndex.FactNames("La La Land", "La La Land", ["Emma Stone"], [], [], [("Música", "Music")]), cached);
        Assert.Equal(["La La Land", "La La Land", "Emma Stone", "Música Music"], calls);
    }
}

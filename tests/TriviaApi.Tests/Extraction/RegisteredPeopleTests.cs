using TriviaApi.Extraction;

namespace TriviaApi.Tests.Extraction;

/// <summary>The registry's people, found by the first or last word of a name.</summary>
public class RegisteredPeopleTests
{
    [Fact]
    public void A_name_finds_the_people_who_share_its_first_word_in_the_order_added()
    {
        var people = new RegisteredPeople();
        people.TryAdd("joao acacio pereira da costa", "João Acácio Pereira da Costa");
        people.TryAdd("maria acacio", "Maria Acácio");
        people.TryAdd("joao", "João");

        Assert.Equal(["joao acacio pereira da costa", "joao"], people.WithFirstWordOf("joao acacio"));
    }

    [Fact]
    public void A_name_finds_the_people_who_share_its_last_word_in_the_order_added()
    {
        var people = new RegisteredPeople();
        people.TryAdd("nelson pereira dos santos", "Nelson Pereira dos Santos");
        people.TryAdd("fernanda torres", "Fernanda Torres");
        people.TryAdd("santos", "Santos");

        Assert.Equal(["nelson pereira dos santos", "santos"], people.WithLastWordOf("pereira dos santos"));
    }

    [Fact]
    public void A_removed_person_is_found_by_neither_word()
    {
        var people = new RegisteredPeople();
        people.TryAdd("kleber mendonca filho", "Kleber Mendonça Filho");
        people.Remove("kleber mendonca filho");

        Assert.Empty(people.WithFirstWordOf("kleber"));
        Assert.Empty(people.WithLastWordOf("filho"));
        Assert.False(people.ContainsKey("kleber mendonca filho"));
    }

    [Fact]
    public void No_one_is_added_after_someone_was_removed()
    {
        var people = new RegisteredPeople();
        people.TryAdd("fernanda torres", "Fernanda Torres");
        people.Remove("fernanda torres");

        Assert.Throws<InvalidOperationException>(() => people.TryAdd("selton mello", "Selton Mello"));
    }
}

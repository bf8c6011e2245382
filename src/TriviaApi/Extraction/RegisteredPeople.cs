namespace TriviaApi.Extraction;

/// <summary>
/// The people a <see cref="NameRegistry"/> knows: each person's written name by its match key, and the keys by their
/// first and by their last word, so that the people a name opens or ends are those sharing that word, not every
/// person of the file walked for every name.
/// </summary>
internal sealed class RegisteredPeople
{
    private static readonly List<string> Nobody = [];
    private readonly Dictionary<string, string> _names = [];
    private readonly Dictionary<string, List<string>> _byFirstWord = [];
    private readonly Dictionary<string, List<string>> _byLastWord = [];
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordSpan;
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _byLastWordSpan;
    private bool _anyRemoved;

    public RegisteredPeople()
    {
        _byFirstWordSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _byLastWordSpan = _byLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Dictionary<string, string>.KeyCollection Keys => _names.Keys;

    public string this[string key] => _names[key];

    public bool ContainsKey(string key) => _names.ContainsKey(key);

    public string GetValueOrDefault(string key, string otherwise) => _names.GetValueOrDefault(key, otherwise);

    public bool TryAdd(string key, string name)
    {
        // The word lists keep the order people were added, which is the order of Keys only while no removed entry's
        // place is taken again: the registry's first match must not depend on which of the two it walks.
        if (_anyRemoved)
        {
            throw new InvalidOperationException("People are all added before any is removed.");
        }

        if (!_names.TryAdd(key, name))
        {
            return false;
        }

        ListOf(_byFirstWordSpan, FirstWord(key)).Add(key);
        ListOf(_byLastWordSpan, LastWord(key)).Add(key);
        return true;
    }

    public bool Remove(string key)
    {
        if (!_names.Remove(key))
        {
            return false;
        }

        _anyRemoved = true;
        _byFirstWordSpan[FirstWord(key)].Remove(key);
        _byLastWordSpan[LastWord(key)].Remove(key);
        return true;
    }

    /// <summary>The keys whose first word is that of <paramref name="key"/>, in the order added: all those the key opens.</summary>
    public List<string> WithFirstWordOf(string key) => _byFirstWordSpan.TryGetValue(FirstWord(key), out var keys) ? keys : Nobody;

    /// <summary>The keys whose last word is that of <paramref name="key"/>, in the order added: all those the key ends.</summary>
    public List<string> WithLastWordOf(string key) => _byLastWordSpan.TryGetValue(LastWord(key), out var keys) ? keys : Nobody;

    private static List<string> ListOf(Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word)
    {
        if (!lookup.TryGetValue(word, out var keys))
        {
            keys = [];
            lookup[word] = keys;
        }

        return keys;
    }

    private static ReadOnlySpan<char> FirstWord(string key) => key.IndexOf(' ') is var space and >= 0 ? key.AsSpan(0, space) : key;

    private static ReadOnlySpan<char> LastWord(string key) => key.AsSpan(key.LastIndexOf(' ') + 1);
}

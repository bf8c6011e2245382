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
    // Keyed by a person's key, compared by one word of it: a word looks up its people without being cut from the key.
    private readonly Dictionary<string, List<string>> _byFirstWord = new(OneWordComparer.First);
    private readonly Dictionary<string, List<string>> _byLastWord = new(OneWordComparer.Last);
    private bool _anyRemoved;

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

        ListOf(_byFirstWord, key).Add(key);
        ListOf(_byLastWord, key).Add(key);
        return true;
    }

    public bool Remove(string key)
    {
        if (!_names.Remove(key))
        {
            return false;
        }

        _anyRemoved = true;
        _byFirstWord[key].Remove(key);
        _byLastWord[key].Remove(key);
        return true;
    }

    /// <summary>The keys whose first word is that of <paramref name="key"/>, in the order added: all those the key opens.</summary>
    public List<string> WithFirstWordOf(string key) => _byFirstWord.TryGetValue(key, out var keys) ? keys : Nobody;

    /// <summary>The keys whose last word is that of <paramref name="key"/>, in the order added: all those the key ends.</summary>
    public List<string> WithLastWordOf(string key) => _byLastWord.TryGetValue(key, out var keys) ? keys : Nobody;

    private static List<string> ListOf(Dictionary<string, List<string>> byWord, string key)
    {
        if (!byWord.TryGetValue(key, out var keys))
        {
            keys = [];
            byWord.Add(key, keys);
        }

        return keys;
    }

    private sealed class OneWordComparer(bool last) : IEqualityComparer<string>
    {
        public static readonly OneWordComparer First = new(last: false);
        public static readonly OneWordComparer Last = new(last: true);

        public bool Equals(string? x, string? y) => x is not null && y is not null && Word(x).SequenceEqual(Word(y));

        public int GetHashCode(string key) => string.GetHashCode(Word(key));

        private ReadOnlySpan<char> Word(string key) =>
            last ? key.AsSpan(key.LastIndexOf(' ') + 1)
            : key.IndexOf(' ') is var space and >= 0 ? key.AsSpan(0, space) : key;
    }
}

using System.Linq.Expressions;

namespace TriviaApi.Api;

/// <summary>
/// The fields a list sorts by, each with its key, declared once: the validator allows these fields (ascending or with a
/// leading <c>-</c>), and the query orders by them. The first field is the default; ties go by the default field, then
/// by id, so a page never reshuffles between requests.
/// </summary>
public sealed class Sorting<T>
{
    private readonly List<(string Field, IKey Key)> _fields = [];
    private readonly Key<int> _id;

    /// <summary>A list whose ties go last by <paramref name="id"/>, and whose fields the calls to <see cref="By"/> add.</summary>
    public Sorting(Expression<Func<T, int>> id) => _id = new Key<int>(id);

    private interface IKey
    {
        IOrderedQueryable<T> First(IQueryable<T> items, bool descending);

        IOrderedQueryable<T> Then(IOrderedQueryable<T> items);
    }

    /// <summary>The fields a client may name, the default first.</summary>
    public IReadOnlyList<string> Fields => [.. _fields.Select(f => f.Field)];

    /// <summary>Adds a field the list sorts by; the first added is the default.</summary>
    public Sorting<T> By<TKey>(string field, Expression<Func<T, TKey>> key)
    {
        _fields.Add((field, new Key<TKey>(key)));
        return this;
    }

    /// <summary>Orders by the field asked for (the default when none), then by the default field, then by id.</summary>
    public IOrderedQueryable<T> Order(IQueryable<T> items, SortOrder? sort)
    {
        var (field, key) = _fields.FirstOrDefault(f => f.Field == sort?.Field, _fields[0]);
        var ordered = key.First(items, sort?.Descending == true);
        if (field != _fields[0].Field)
        {
            ordered = _fields[0].Key.Then(ordered);
        }

        return _id.Then(ordered);
    }

    private sealed class Key<TKey>(Expression<Func<T, TKey>> key) : IKey
    {
        public IOrderedQueryable<T> First(IQueryable<T> items, bool descending) => descending ? items.OrderByDescending(key) : items.OrderBy(key);

        public IOrderedQueryable<T> Then(IOrderedQueryable<T> items) => items.ThenBy(key);
    }
}

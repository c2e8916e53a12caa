using System.Collections.Concurrent;

namespace Catalogue.Pipeline.Link;

/// <summary>
/// A thread-safe cache that can be carried over to the next version of what it caches, minus the keys a
/// change made stale, without copying it: the next cache reads the same values through and keeps only what
/// it works out itself. At 10,000 entries copying the related-entry rankings took 25 ms of every save.
/// </summary>
/// <remarks>
/// However many versions follow, they read through to one shared layer, the first cache's, and the keys
/// made stale since; what a later version worked out itself is copied on, and that is only what the
/// changes touched.
/// </remarks>
internal sealed class LayeredCache<TKey, TValue> where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _own;
    private readonly ConcurrentDictionary<TKey, TValue>? _shared;
    private readonly HashSet<string> _staleInShared;
    private readonly Func<TKey, string> _staleKey;

    /// <param name="staleKey">What makes a value stale: the id a change must name for it to be worked out again.</param>
    public LayeredCache(Func<TKey, string> staleKey, IEqualityComparer<TKey>? comparer = null)
        : this(new ConcurrentDictionary<TKey, TValue>(comparer), null, new HashSet<string>(StringComparer.Ordinal), staleKey)
    {
    }

    private LayeredCache(ConcurrentDictionary<TKey, TValue> own, ConcurrentDictionary<TKey, TValue>? shared, HashSet<string> staleInShared, Func<TKey, string> staleKey) =>
        (_own, _shared, _staleInShared, _staleKey) = (own, shared, staleInShared, staleKey);

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        if (_own.TryGetValue(key, out var value)) return value;
        if (_shared is not null && _shared.TryGetValue(key, out value) && !_staleInShared.Contains(_staleKey(key))) return value;
        return _own.GetOrAdd(key, make);
    }

    /// <summary>The cache for the next version, in which the values of keys naming a stale id must be worked out again.</summary>
    public LayeredCache<TKey, TValue> After(IReadOnlySet<string> stale)
    {
        if (_shared is null)
            return new(new ConcurrentDictionary<TKey, TValue>(_own.Comparer), _own, new HashSet<string>(stale, StringComparer.Ordinal), _staleKey);
        var own = new ConcurrentDictionary<TKey, TValue>(_own.Where(pair => !stale.Contains(_staleKey(pair.Key))), _own.Comparer);
        var staleInShared = new HashSet<string>(_staleInShared, StringComparer.Ordinal);
        staleInShared.UnionWith(stale);
        return new(own, _shared, staleInShared, _staleKey);
    }
}

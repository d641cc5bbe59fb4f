using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Search;

namespace Marketplace.Search.Lucene;

/// <summary>
/// The documents meeting a filter or boost condition, kept per index segment for as long as the segment lives (deletes
/// are applied on top at search time). The same few conditions come back on every search ("verified", "OCOP 3 stars or
/// more", a certificate valid today); working them out again from the terms each time cost more than the text query.
/// </summary>
internal sealed class ConditionFilters
{
    /// <summary>Conditions are few (facet values, today's day number); past this many the cache starts afresh.</summary>
    private const int MaxConditions = 512;

    private readonly ConcurrentDictionary<string, Filter> filters = new(StringComparer.Ordinal);

    public Filter For(SearchCondition condition)
    {
        var key = Key(condition);
        if (filters.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (filters.Count >= MaxConditions)
        {
            filters.Clear();
        }

        return filters.GetOrAdd(key, _ => new CachingWrapperFilter(new QueryWrapperFilter(LuceneQueries.Condition(condition))));
    }

    private static string Key(SearchCondition condition) => condition switch
    {
        AnyOf any => $"any\u001f{any.Field}\u001f{string.Join('\u001f', any.Values)}",
        InRange range => string.Create(CultureInfo.InvariantCulture, $"range\u001f{range.Field}\u001f{range.Min}\u001f{range.Max}"),
        _ => throw new NotSupportedException($"Unknown search condition {condition.GetType().Name}."),
    };
}

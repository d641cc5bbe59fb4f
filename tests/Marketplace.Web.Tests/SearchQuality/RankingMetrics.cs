namespace Marketplace.Web.Tests.SearchQuality;

/// <summary>
/// The two measures the judged queries are scored by. Grades: 2 = what was asked, 1 = acceptable, missing = not
/// relevant. Both look at the first <c>k</c> results only.
/// </summary>
public static class RankingMetrics
{
    /// <summary>
    /// Normalised discounted cumulative gain: the gain of a result is its grade (linear, so an exact answer counts
    /// twice an acceptable one), discounted by log2(rank + 1); divided by the gain of the ideal ranking of the judged
    /// grades, so 1 means no better order of the judged results exists.
    /// </summary>
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var ideal = Dcg(grades.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k));
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).Select(id => grades.GetValueOrDefault(id))) / ideal;
    }

    /// <summary>
    /// Relevant results (any grade) found in the first k, divided by min(k, relevant count): a query with more
    /// relevant results than fit on the page can still score 1 by filling the page with them.
    /// </summary>
    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var relevant = grades.Count(g => g.Value > 0);
        if (relevant == 0)
        {
            return 0;
        }

        var found = ranked.Take(k).Distinct(StringComparer.Ordinal).Count(id => grades.GetValueOrDefault(id) > 0);
        return (double)found / Math.Min(k, relevant);
    }

    private static double Dcg(IEnumerable<int> gains) => gains.Select((gain, index) => gain / Math.Log2(index + 2)).Sum();
}

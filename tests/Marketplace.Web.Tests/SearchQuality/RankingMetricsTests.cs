namespace Marketplace.Web.Tests.SearchQuality;

/// <summary>The measures themselves, on rankings worked out by hand, so a wrong score is never blamed on the engine.</summary>
public sealed class RankingMetricsTests
{
    private static readonly Dictionary<string, int> Grades = new(StringComparer.Ordinal) { ["a"] = 2, ["b"] = 1, ["c"] = 1 };

    [Fact]
    public void The_ideal_order_scores_one()
    {
        Assert.Equal(1, RankingMetrics.NdcgAt(10, ["a", "b", "c"], Grades), 12);
        Assert.Equal(1, RankingMetrics.RecallAt(10, ["a", "c", "b", "x"], Grades), 12);
    }

    [Fact]
    public void A_known_ranking_gives_the_gain_worked_out_by_hand()
    {
        // DCG = 0/log2(2) + 2/log2(3) + 1/log2(4) = 1.761860; ideal = 2/log2(2) + 1/log2(3) + 1/log2(4) = 3.130930.
        var ndcg = RankingMetrics.NdcgAt(10, ["x", "a", "b"], Grades);

        Assert.Equal((2 / Math.Log2(3) + 0.5) / (2 + 1 / Math.Log2(3) + 0.5), ndcg, 12);
        Assert.Equal(0.562727, ndcg, 6);
        Assert.Equal(2.0 / 3, RankingMetrics.RecallAt(10, ["x", "a", "b"], Grades), 12);
    }

    [Fact]
    public void Only_the_first_k_results_count_and_recall_is_out_of_what_fits_in_k()
    {
        Assert.Equal(0, RankingMetrics.NdcgAt(2, ["x", "y", "a"], Grades));
        Assert.Equal(0.5, RankingMetrics.RecallAt(2, ["a", "x", "b"], Grades), 12);

        // Three relevant, two places: both places relevant is full recall.
        Assert.Equal(1, RankingMetrics.RecallAt(2, ["b", "c"], Grades), 12);
    }

    [Fact]
    public void Nothing_found_scores_zero()
    {
        Assert.Equal(0, RankingMetrics.NdcgAt(10, [], Grades));
        Assert.Equal(0, RankingMetrics.RecallAt(10, [], Grades));
    }
}

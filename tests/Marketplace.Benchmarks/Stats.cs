namespace Marketplace.Benchmarks;

/// <summary>Order statistics by nearest rank: every value reported is one that was measured.</summary>
internal sealed class Stats
{
    private readonly double[] sorted;

    public Stats(IEnumerable<double> values)
    {
        sorted = [.. values.Order()];
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values to summarise.", nameof(values));
        }
    }

    public int Count => sorted.Length;

    public double Min => sorted[0];

    public double Max => sorted[^1];

    public double Median => Percentile(50);

    public double Mean => sorted.Average();

    public double Percentile(double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

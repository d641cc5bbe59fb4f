namespace Marketplace.Catalogue;

/// <summary>Harvest months stored as twelve bits, so "harvest overlaps the delivery window" is one AND.</summary>
public static class HarvestMonths
{
    public static int From(IEnumerable<int> months) =>
        months.Where(m => m is >= 1 and <= 12).Aggregate(0, (bits, month) => bits | (1 << (month - 1)));

    public static IReadOnlyList<int> ToList(int bits) =>
        Enumerable.Range(1, 12).Where(m => (bits & (1 << (m - 1))) != 0).ToList();
}

namespace Marketplace.Search.Indexing;

/// <summary>
/// Told after a batch of direct product and demand changes is searchable (not after a full rebuild, which changes
/// nothing people have not seen). Matching uses it to tell cooperatives and buyers of new matches.
/// </summary>
public interface IIndexedListener
{
    Task OnIndexedAsync(IReadOnlyCollection<int> productIds, IReadOnlyCollection<int> demandIds, CancellationToken cancellationToken);
}

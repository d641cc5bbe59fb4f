namespace Marketplace.Search;

public sealed record SearchEngineHealth(bool Healthy, string Description);

/// <summary>
/// The search port. Engines stay behind it and return ids; the database stays the source of truth.
/// The foundation only asks an engine whether it is ready; the query surface comes with catalogue search.
/// </summary>
public interface ISearchEngine
{
    string Name { get; }

    Task<SearchEngineHealth> CheckHealthAsync(CancellationToken cancellationToken);
}

namespace Marketplace.Search;

public sealed record SearchEngineHealth(bool Healthy, string Description);

/// <summary>
/// The search port. Engines index <see cref="SearchDocument"/>s into named indexes and answer
/// <see cref="SearchQuery"/>s with ids, scores, facet counts and the reasons each hit matched; the database stays
/// the source of truth and pages re-read the rows in rank order. Both adapters (Lucene, Elasticsearch) pass the same
/// conformance suite, so nothing above this interface knows which one runs.
/// </summary>
public interface ISearchEngine
{
    string Name { get; }

    Task<SearchEngineHealth> CheckHealthAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces documents by id.</summary>
    Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Removes documents by id; unknown ids are ignored.</summary>
    Task DeleteAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Empties an index (for a full rebuild); an index that does not exist yet is created empty.</summary>
    Task ResetAsync(string index, CancellationToken cancellationToken);

    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Search-as-you-type: every word but the last matches whole, the last as a prefix.</summary>
    Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, CancellationToken cancellationToken);
}

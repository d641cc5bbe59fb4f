namespace Marketplace.Search;

/// <summary>The search engine did not answer. Pages say "try again in a moment" (503) instead of failing; nothing is lost.</summary>
public sealed class SearchUnavailableException(string engine, Exception inner)
    : Exception($"The {engine} search engine did not answer: {inner.Message}", inner)
{
    /// <summary>Runs one engine call, turning its failure (not a cancellation) into this exception.</summary>
    public static async Task<T> WhenAskingAsync<T>(ISearchEngine engine, Func<ISearchEngine, Task<T>> call)
    {
        try
        {
            return await call(engine);
        }
        catch (Exception e) when (e is not OperationCanceledException and not SearchUnavailableException)
        {
            throw new SearchUnavailableException(engine.Name, e);
        }
    }
}

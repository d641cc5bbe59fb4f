namespace Marketplace.Search.Elasticsearch;

/// <summary>
/// Elasticsearch refused a call or some documents of a bulk call. The message names the call and Elasticsearch's
/// error type and reason; it never holds credentials. Public so callers (the indexing worker) can tell it apart.
/// </summary>
public sealed class ElasticsearchException : Exception
{
    public ElasticsearchException()
    {
    }

    public ElasticsearchException(string message)
        : base(message)
    {
    }

    public ElasticsearchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

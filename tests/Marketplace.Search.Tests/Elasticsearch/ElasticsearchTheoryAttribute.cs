namespace Marketplace.Search.Tests.Elasticsearch;

/// <summary>
/// A theory that needs a live Elasticsearch 8 server: skipped (and reported as skipped, not passed) unless
/// MARKETPLACE_TEST_ELASTICSEARCH_URL is set.
/// </summary>
public sealed class ElasticsearchTheoryAttribute : TheoryAttribute
{
    public const string Variable = "MARKETPLACE_TEST_ELASTICSEARCH_URL";

    public ElasticsearchTheoryAttribute()
    {
        if (Url is null)
        {
            Skip = $"No Elasticsearch server: set {Variable} (for example http://localhost:9200 or http://elastic:password@localhost:9200) to run these.";
        }
    }

    public static string? Url => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;
}

using System.Text;

namespace Marketplace.Search.Elasticsearch;

/// <summary>One call to the REST API, built without HTTP so it can be compared with a golden file.</summary>
/// <param name="Path">From the server's root, with the query string, e.g. <c>/marketplace-products/_search</c>.</param>
internal sealed record ElasticsearchRequest(HttpMethod Method, string Path, string? Body = null, string ContentType = ElasticsearchRequest.Json)
{
    public const string Json = "application/json";

    /// <summary>The <c>_bulk</c> API takes one JSON object per line.</summary>
    public const string Ndjson = "application/x-ndjson";

    /// <summary>How the request is named in error messages; never holds credentials (they live in headers).</summary>
    public override string ToString() => $"{Method} {Path}";

    public HttpRequestMessage ToHttpRequestMessage()
    {
        // Relative to the base address, which ends with '/', so a server behind a path prefix (https://host/es/) works.
        var message = new HttpRequestMessage(Method, new Uri(Path.TrimStart('/'), UriKind.Relative));
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8, ContentType);
        }

        return message;
    }
}

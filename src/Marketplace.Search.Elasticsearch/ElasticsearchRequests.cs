using System.Text;
using System.Text.Json.Nodes;
using Marketplace.Localization;

namespace Marketplace.Search.Elasticsearch;

/// <summary>
/// Builds every REST call the adapter makes. User text only ever becomes a JSON string value (System.Text.Json
/// escapes it), never part of a query string or of query syntax, so it cannot change the query's shape.
/// </summary>
internal sealed class ElasticsearchRequests(string indexPrefix)
{
    // After the call returns the change is visible to searches, which the port promises.
    private const string WaitForRefresh = "?refresh=wait_for";

    // A search of an index nothing was written to yet finds nothing instead of failing.
    private const string IgnoreMissingIndex = "?ignore_unavailable=true";

    public static ElasticsearchRequest ClusterHealth() => new(HttpMethod.Get, "/_cluster/health");

    public string IndexName(string index) => indexPrefix + index;

    public ElasticsearchRequest IndexExists(string index) => new(HttpMethod.Head, IndexPath(index));

    public ElasticsearchRequest DeleteIndex(string index) => new(HttpMethod.Delete, IndexPath(index));

    public ElasticsearchRequest CreateIndex(string index) => new(HttpMethod.Put, IndexPath(index), IndexDefinition.Create().ToJsonString());

    public ElasticsearchRequest IndexDocuments(string index, IEnumerable<SearchDocument> documents)
    {
        var body = new StringBuilder();
        foreach (var document in documents)
        {
            AppendLine(body, new JsonObject { ["index"] = new JsonObject { ["_id"] = document.Id } });
            AppendLine(body, Source(document));
        }

        return new(HttpMethod.Post, IndexPath(index) + "/_bulk" + WaitForRefresh, body.ToString(), ElasticsearchRequest.Ndjson);
    }

    public ElasticsearchRequest DeleteDocuments(string index, IEnumerable<string> ids)
    {
        var body = new StringBuilder();
        foreach (var id in ids)
        {
            AppendLine(body, new JsonObject { ["delete"] = new JsonObject { ["_id"] = id } });
        }

        return new(HttpMethod.Post, IndexPath(index) + "/_bulk" + WaitForRefresh, body.ToString(), ElasticsearchRequest.Ndjson);
    }

    public ElasticsearchRequest Search(SearchQuery query) =>
        new(HttpMethod.Post, IndexPath(query.Index) + "/_search" + IgnoreMissingIndex, SearchBody.Of(query).ToJsonString());

    public ElasticsearchRequest Suggest(SuggestQuery query) =>
        new(HttpMethod.Post, IndexPath(query.Index) + "/_search" + IgnoreMissingIndex, SuggestBody(query).ToJsonString());

    /// <summary>
    /// The document as Elasticsearch stores it. Text is folded here as well as by the analyzer: text that arrives
    /// decomposed (NFD) keeps its combining marks through <c>asciifolding</c>, and this makes both engines see the same words.
    /// </summary>
    internal static JsonObject Source(SearchDocument document) => new()
    {
        [IndexDefinition.Text] = Map(document.Text, text => VietnameseFolding.Fold(text)),
        [IndexDefinition.Keywords] = Map(document.Keywords, values => new JsonArray([.. values.Select(v => JsonValue.Create(v))])),
        [IndexDefinition.Numbers] = Map(document.Numbers, number => number),
        [IndexDefinition.Stored] = Map(document.Stored, text => text),
    };

    private static JsonObject SuggestBody(SuggestQuery query)
    {
        var match = new JsonObject
        {
            ["match_bool_prefix"] = new JsonObject
            {
                [$"{IndexDefinition.Text}.{query.Field}"] = new JsonObject
                {
                    ["query"] = VietnameseFolding.Fold(query.Text),

                    // Every word must match (the default would be any word).
                    ["operator"] = "and",
                },
            },
        };

        var boolQuery = new JsonObject { ["must"] = new JsonArray(match) };
        if (query.Filters.Count > 0)
        {
            boolQuery["filter"] = new JsonArray([.. query.Filters.Select(SearchBody.Condition)]);
        }

        return new JsonObject
        {
            ["size"] = query.Take,
            ["_source"] = new JsonArray($"{IndexDefinition.Stored}.{query.Display}"),
            ["query"] = new JsonObject { ["bool"] = boolQuery },
        };
    }

    private string IndexPath(string index) => "/" + Uri.EscapeDataString(IndexName(index));

    private static JsonObject Map<T>(IReadOnlyDictionary<string, T> fields, Func<T, JsonNode?> value)
    {
        var json = new JsonObject();
        foreach (var (name, field) in fields)
        {
            json[name] = value(field);
        }

        return json;
    }

    private static void AppendLine(StringBuilder body, JsonObject line) => body.Append(line.ToJsonString()).Append('\n');
}

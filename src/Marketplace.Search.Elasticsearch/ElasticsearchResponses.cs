using System.Text.Json;

namespace Marketplace.Search.Elasticsearch;

/// <summary>What the adapter reads from Elasticsearch 8 responses, by the shapes of the REST API reference.</summary>
internal static class ElasticsearchResponses
{
    // A bulk error message lists this many failed documents; the rest are counted.
    private const int FailuresNamed = 5;

    public static SearchResults Search(SearchQuery query, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var hits = root.GetProperty("hits");
        var reasons = query.Boosts.Select(b => b.Reason).Distinct(StringComparer.Ordinal).ToArray();

        return new SearchResults(
            Total(hits),
            [.. Items(hits).Select(hit => Hit(hit, reasons))],
            Facets(root, query.Facets));
    }

    public static IReadOnlyList<Suggestion> Suggest(SuggestQuery query, string json)
    {
        using var document = JsonDocument.Parse(json);
        var suggestions = new List<Suggestion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in Items(document.RootElement.GetProperty("hits")))
        {
            // Documents indexed without the display value have nothing to show.
            if (hit.TryGetProperty("_source", out var source)
                && source.TryGetProperty(IndexDefinition.Stored, out var stored)
                && stored.TryGetProperty(query.Display, out var display)
                && display.ValueKind == JsonValueKind.String
                && display.GetString() is { Length: > 0 } text
                && seen.Add(text))
            {
                suggestions.Add(new Suggestion(hit.GetProperty("_id").GetString()!, text));
            }
        }

        return suggestions;
    }

    /// <summary>The documents a <c>_bulk</c> call did not take; 404 is fine when <paramref name="notFoundIsFine"/> (deleting what is gone).</summary>
    public static IReadOnlyList<BulkFailure> BulkFailures(string json, bool notFoundIsFine)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.True)
        {
            return [];
        }

        var failures = new List<BulkFailure>();
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            // Each item is {"index": {...}} or {"delete": {...}}: one property named after the action.
            var result = item.EnumerateObject().First().Value;
            var status = result.TryGetProperty("status", out var s) ? s.GetInt32() : 0;
            if (status is >= 200 and < 300 || (notFoundIsFine && status == 404) || !result.TryGetProperty("error", out var error))
            {
                continue;
            }

            failures.Add(new BulkFailure(String(result, "_id") ?? "?", status, Describe(error)));
        }

        return failures;
    }

    public static string BulkFailureMessage(string action, string indexName, int sent, IReadOnlyList<BulkFailure> failures)
    {
        var named = string.Join("; ", failures.Take(FailuresNamed).Select(f => $"id {f.Id} ({f.Status}): {f.Reason}"));
        var more = failures.Count > FailuresNamed ? $"; and {failures.Count - FailuresNamed} more" : string.Empty;
        return $"Elasticsearch did not {action} {failures.Count} of {sent} documents in {indexName}: {named}{more}.";
    }

    public static SearchEngineHealth Health(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var cluster = String(root, "cluster_name") ?? "(unnamed)";
        var status = String(root, "status") ?? "unknown";
        var count = root.TryGetProperty("number_of_nodes", out var n) ? n.GetInt32() : 0;
        var nodes = count == 1 ? "1 node" : $"{count} nodes";
        return status switch
        {
            "green" => new(true, $"Elasticsearch cluster {cluster} is green ({nodes})."),

            // Yellow: every primary shard is there, some replicas are not (always so on a single node).
            "yellow" => new(true, $"Elasticsearch cluster {cluster} is yellow ({nodes}): searches work, some replica shards are unassigned."),
            _ => new(false, $"Elasticsearch cluster {cluster} is {status} ({nodes}): some primary shards are unassigned, so searches miss documents."),
        };
    }

    /// <summary>A sentence for a refused request: which call, which status, and Elasticsearch's own type and reason.</summary>
    public static string ErrorMessage(ElasticsearchRequest request, int status, string body)
    {
        var detail = ErrorDetail(body);
        return $"Elasticsearch refused {request} with {status}{(detail.Length > 0 ? ": " + detail : ".")}";
    }

    /// <summary>True when the body is an error of that type (e.g. creating an index that another call just created).</summary>
    public static bool IsError(string body, string type)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && String(error, "type") == type;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string ErrorDetail(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return string.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) ? Describe(error) : Truncate(body);
        }
        catch (JsonException)
        {
            // A proxy's HTML page, for instance.
            return Truncate(body);
        }
    }

    /// <summary><c>type: reason</c>, and the first root cause when it says something else (search failures wrap it).</summary>
    private static string Describe(JsonElement error)
    {
        if (error.ValueKind == JsonValueKind.String)
        {
            return error.GetString() ?? string.Empty;
        }

        var description = $"{String(error, "type")}: {String(error, "reason")}";
        if (error.TryGetProperty("root_cause", out var causes)
            && causes.ValueKind == JsonValueKind.Array
            && causes.GetArrayLength() > 0
            && $"{String(causes[0], "type")}: {String(causes[0], "reason")}" is var cause
            && cause != description)
        {
            description += $" (root cause {cause})";
        }
        else if (error.TryGetProperty("caused_by", out var causedBy) && causedBy.ValueKind == JsonValueKind.Object)
        {
            description += $" (caused by {String(causedBy, "type")}: {String(causedBy, "reason")})";
        }

        return description;
    }

    private static long Total(JsonElement hits)
    {
        if (!hits.TryGetProperty("total", out var total))
        {
            return 0;
        }

        // {"value": n, "relation": "eq"}; a plain number when rest_total_hits_as_int is set.
        return total.ValueKind == JsonValueKind.Number ? total.GetInt64() : total.GetProperty("value").GetInt64();
    }

    private static IEnumerable<JsonElement> Items(JsonElement hits) =>
        hits.TryGetProperty("hits", out var items) ? items.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static SearchHit Hit(JsonElement hit, string[] reasons)
    {
        var score = hit.TryGetProperty("_score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetSingle() : 0f;
        var matched = MatchedQueries(hit);
        return new SearchHit(hit.GetProperty("_id").GetString()!, score, [.. reasons.Where(matched.Contains)]);
    }

    /// <summary>An array of names; an object of name → score when include_named_queries_score is set.</summary>
    private static HashSet<string> MatchedQueries(JsonElement hit)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!hit.TryGetProperty("matched_queries", out var matched))
        {
            return names;
        }

        if (matched.ValueKind == JsonValueKind.Array)
        {
            names.UnionWith(matched.EnumerateArray().Select(m => m.GetString() ?? string.Empty));
        }
        else if (matched.ValueKind == JsonValueKind.Object)
        {
            names.UnionWith(matched.EnumerateObject().Select(m => m.Name));
        }

        return names;
    }

    private static Dictionary<string, IReadOnlyList<FacetCount>> Facets(JsonElement root, IReadOnlyList<string> fields)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        root.TryGetProperty("aggregations", out var aggregations);
        foreach (var field in fields.Distinct(StringComparer.Ordinal))
        {
            // No aggregations come back when the index does not exist yet (ignore_unavailable).
            facets[field] = aggregations.ValueKind == JsonValueKind.Object && aggregations.TryGetProperty(field, out var aggregation)
                ? Buckets(aggregation)
                : [];
        }

        return facets;
    }

    /// <summary>Most frequent first, then by value (ordinal), the same order as the Lucene adapter.</summary>
    private static FacetCount[] Buckets(JsonElement aggregation) =>
        [.. aggregation.GetProperty("buckets").EnumerateArray()
            .Select(b => new FacetCount(b.GetProperty("key").ToString(), b.GetProperty("doc_count").GetInt64()))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Value, StringComparer.Ordinal)];

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Truncate(string body) => body.Length <= 300 ? body.Trim() : body[..300].Trim() + "…";
}

internal sealed record BulkFailure(string Id, int Status, string Reason);

using System.Text.Json.Nodes;

namespace Marketplace.Search.Elasticsearch;

/// <summary>
/// Settings and mappings every index is created with. A <see cref="SearchDocument"/> becomes
/// <c>{"text": {...}, "kw": {...}, "num": {...}, "stored": {...}}</c>, and dynamic templates type each field by the
/// object it sits in, so modules add fields without touching the mapping.
/// </summary>
internal static class IndexDefinition
{
    public const string TextAnalyzer = "marketplace_text";

    public const string Text = "text";

    public const string Keywords = "kw";

    public const string Numbers = "num";

    public const string Stored = "stored";

    private const string StopFilter = "marketplace_stop";

    public static JsonObject Create() => new()
    {
        ["settings"] = new JsonObject
        {
            // One shard: term statistics (and so scores and rank order) are the same on every run, as with Lucene.
            ["number_of_shards"] = 1,
            ["analysis"] = Analysis(),
        },
        ["mappings"] = Mappings(),
    };

    private static JsonObject Analysis() => new()
    {
        ["filter"] = new JsonObject
        {
            [StopFilter] = new JsonObject
            {
                ["type"] = "stop",
                ["stopwords"] = new JsonArray([.. SearchStopWords.Words.Select(w => JsonValue.Create(w))]),
            },
        },
        ["analyzer"] = new JsonObject
        {
            [TextAnalyzer] = new JsonObject
            {
                ["type"] = "custom",
                ["tokenizer"] = "standard",

                // asciifolding removes Vietnamese marks and turns đ into d, as VietnameseFolding does; stop words are
                // already folded, so they go last.
                ["filter"] = new JsonArray("lowercase", "asciifolding", StopFilter),
            },
        },
    };

    private static JsonObject Mappings() => new()
    {
        // Keyword values such as "2026-05-01" must stay keywords, not become dates.
        ["date_detection"] = false,
        ["dynamic_templates"] = new JsonArray(
            Template("text_fields", Text, "string", new JsonObject { ["type"] = "text", ["analyzer"] = TextAnalyzer }),
            Template("keyword_fields", Keywords, "string", new JsonObject { ["type"] = "keyword" }),
            Template("number_fields", Numbers, "long", new JsonObject { ["type"] = "long" })),
        ["properties"] = new JsonObject
        {
            [Text] = new JsonObject { ["type"] = "object" },
            [Keywords] = new JsonObject { ["type"] = "object" },
            [Numbers] = new JsonObject { ["type"] = "object" },

            // Returned with suggestions, never searched: kept in _source only.
            [Stored] = new JsonObject { ["type"] = "object", ["enabled"] = false },
        },
    };

    private static JsonObject Template(string name, string parent, string detectedType, JsonObject mapping) => new()
    {
        [name] = new JsonObject
        {
            ["path_match"] = parent + ".*",
            ["match_mapping_type"] = detectedType,
            ["mapping"] = mapping,
        },
    };
}

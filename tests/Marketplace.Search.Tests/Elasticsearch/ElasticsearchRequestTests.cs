using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Search.Tests.Elasticsearch;

/// <summary>Every call the adapter makes, as it goes on the wire, against the files under Elasticsearch/Golden.</summary>
public sealed class ElasticsearchRequestTests
{
    private const string Products = "products";

    private static readonly TextField[] Fields = [new("name", 3f), new("description"), new("place", 0.5f)];

    [Fact]
    public async Task Reset_deletes_the_index_and_creates_it_with_the_analyzer_and_mappings()
    {
        var handler = new RecordingHandler()
            .AnswerRecorded(HttpStatusCode.NotFound, "index-not-found-404.json")
            .AnswerRecorded(HttpStatusCode.OK, "index-created.json");
        using var site = new TestEngine(handler);

        await site.Engine.ResetAsync(Products, CancellationToken.None);

        Assert.Equal(["DELETE /marketplace-products", "PUT /marketplace-products"], handler.Requests.Select(r => r.Line));
        Assert.Equal("application/json", handler.Requests[1].ContentType);
        Golden.AssertJson("create-index.json", handler.Requests[1].Body);
    }

    [Fact]
    public void The_stop_filter_holds_exactly_the_shared_stop_words()
    {
        var definition = Marketplace.Search.Elasticsearch.IndexDefinition.Create();
        var stopWords = definition["settings"]!["analysis"]!["filter"]!["marketplace_stop"]!["stopwords"]!.AsArray().Select(w => (string)w!);

        Assert.Equal(SearchStopWords.Words, stopWords);
    }

    [Fact]
    public async Task Indexing_creates_a_missing_index_then_sends_one_bulk_body_and_waits_for_refresh()
    {
        var handler = new RecordingHandler()
            .Answer(HttpStatusCode.NotFound)
            .AnswerRecorded(HttpStatusCode.OK, "index-created.json")
            .AnswerRecorded(HttpStatusCode.OK, "bulk-index-ok.json");
        using var site = new TestEngine(handler);

        await site.Engine.IndexAsync(Products, [Coffee(), DragonFruit()], CancellationToken.None);

        Assert.Equal(
            ["HEAD /marketplace-products", "PUT /marketplace-products", "POST /marketplace-products/_bulk?refresh=wait_for"],
            handler.Requests.Select(r => r.Line));
        Assert.Equal("application/x-ndjson", handler.Requests[2].ContentType);
        Golden.AssertNdjson("bulk-index.ndjson", handler.Requests[2].Body);
    }

    [Fact]
    public async Task Indexing_into_an_existing_index_does_not_create_it()
    {
        var handler = new RecordingHandler()
            .Answer(HttpStatusCode.OK)
            .AnswerRecorded(HttpStatusCode.OK, "bulk-index-ok.json");
        using var site = new TestEngine(handler);

        await site.Engine.IndexAsync(Products, [Coffee(), DragonFruit()], CancellationToken.None);

        Assert.Equal(["HEAD /marketplace-products", "POST /marketplace-products/_bulk?refresh=wait_for"], handler.Requests.Select(r => r.Line));
    }

    [Fact]
    public async Task An_index_created_meanwhile_by_another_writer_is_fine()
    {
        var handler = new RecordingHandler()
            .Answer(HttpStatusCode.NotFound)
            .AnswerRecorded(HttpStatusCode.BadRequest, "index-already-exists-400.json")
            .AnswerRecorded(HttpStatusCode.OK, "bulk-index-ok.json");
        using var site = new TestEngine(handler);

        await site.Engine.IndexAsync(Products, [Coffee(), DragonFruit()], CancellationToken.None);

        Assert.Equal("POST /marketplace-products/_bulk?refresh=wait_for", handler.Requests[^1].Line);
    }

    [Fact]
    public async Task Deleting_sends_delete_actions_and_waits_for_refresh()
    {
        var handler = new RecordingHandler().AnswerRecorded(HttpStatusCode.OK, "bulk-delete-not-found.json");
        using var site = new TestEngine(handler);

        await site.Engine.DeleteAsync(Products, ["3", "404"], CancellationToken.None);

        Assert.Equal(["POST /marketplace-products/_bulk?refresh=wait_for"], handler.Requests.Select(r => r.Line));
        Golden.AssertNdjson("bulk-delete.ndjson", handler.Requests[0].Body);
    }

    [Fact]
    public async Task Nothing_to_index_or_delete_makes_no_call()
    {
        var handler = new RecordingHandler();
        using var site = new TestEngine(handler);

        await site.Engine.IndexAsync(Products, [], CancellationToken.None);
        await site.Engine.DeleteAsync(Products, [], CancellationToken.None);

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Text_with_alternatives_searches_every_word_in_the_boosted_fields() =>
        await AssertSearchAsync("search-text.json", new SearchQuery(Products)
        {
            Text = "Cà phê Robusta of Đắk Lắk",
            Alternatives = ["coffee robusta"],
            Fields = Fields,
        });

    [Fact]
    public async Task Filters_become_terms_and_ranges_on_their_kind_of_field() =>
        await AssertSearchAsync("search-filters.json", new SearchQuery(Products)
        {
            Filters =
            [
                new AnyOf("category", ["fruit", "rice"]),
                new InRange("price", 10_000, 100_000),
                new InRange("stars", 4, null),
                new InRange("harvest_day", null, null),
            ],
        });

    [Fact]
    public async Task Exclusions_become_must_not_clauses() =>
        await AssertSearchAsync("search-exclusions.json", new SearchQuery(Products)
        {
            Text = "ca phe",
            Fields = Fields,
            Exclusions = [new AnyOf("certificate", "organic-vn"), new InRange("price", null, 50_000)],
        });

    [Fact]
    public async Task Boosts_are_named_so_hits_say_why_they_were_raised() =>
        await AssertSearchAsync("search-boosts.json", new SearchQuery(Products)
        {
            Text = "ca phe",
            Fields = Fields,
            Boosts =
            [
                new SearchBoost("organic", new AnyOf("certificate", "organic-vn"), 50f),
                new SearchBoost("premium", new InRange("price", 300_000, null), 2.5f),
            ],
        });

    [Fact]
    public async Task Facets_are_terms_aggregations_and_without_text_everything_matches() =>
        await AssertSearchAsync("search-facets.json", new SearchQuery(Products)
        {
            Facets = ["category", "certificate", "category"],
        });

    [Fact]
    public async Task Number_order_sorts_missing_last_then_by_score_and_pages() =>
        await AssertSearchAsync("search-number-sort.json", new SearchQuery(Products)
        {
            Order = SearchOrder.NumberAscending,
            OrderField = "price",
            Skip = 40,
            Take = 20,
        });

    [Fact]
    public async Task Compound_words_become_phrase_clauses_and_other_words_stay_single() =>
        await AssertSearchAsync("search-compounds.json", new SearchQuery(Products)
        {
            Text = "thanh long Bình Thuận organic",
            Alternatives = ["dragon fruit Bình Thuận organic"],
            Fields = Fields,
            Compounds = ["thanh long", "Bình Thuận", "dragon fruit"],
        });

    [Fact]
    public async Task Optional_text_ranks_as_a_should_clause_beside_the_boosts() =>
        await AssertSearchAsync("search-optional-text.json", new SearchQuery(Products)
        {
            Text = "thanh long",
            Fields = Fields,
            TextRequired = false,
            Filters = [new AnyOf("category", "dragon-fruit")],
            Boosts = [new SearchBoost("verified", new AnyOf("verified", "yes"), 0.7f)],
        });

    [Fact]
    public async Task Text_of_only_stop_words_matches_nothing() =>
        await AssertSearchAsync("search-stop-words-only.json", new SearchQuery(Products) { Text = "the and of", Fields = Fields });

    [Fact]
    public async Task Suggest_completes_the_last_word_in_one_field_and_returns_the_display_value()
    {
        var handler = new RecordingHandler().AnswerRecorded(HttpStatusCode.OK, "suggest.json");
        using var site = new TestEngine(handler);

        await site.Engine.SuggestAsync(
            new SuggestQuery(Products, "Cà p", "name", "title") { Filters = [new AnyOf("category", "coffee")], Take = 5 },
            CancellationToken.None);

        Assert.Equal(["POST /marketplace-products/_search?ignore_unavailable=true"], handler.Requests.Select(r => r.Line));
        Golden.AssertJson("suggest.json", handler.Requests[0].Body);
    }

    [Fact]
    public async Task User_text_that_looks_like_json_stays_one_string_value()
    {
        const string attack = "\"}, \"match_all\": {";
        var handler = new RecordingHandler();
        using var site = new TestEngine(handler);

        await site.Engine.SearchAsync(new SearchQuery(Products) { Text = attack, Fields = Fields }, CancellationToken.None);
        await site.Engine.SuggestAsync(new SuggestQuery(Products, attack, "name", "title"), CancellationToken.None);

        var search = JsonNode.Parse(handler.Requests[0].Body!)!;
        var phrase = search["query"]!["bool"]!["must"]![0]!["bool"]!["should"]![0]!["bool"]!;
        Assert.Equal(["match", "all"], phrase["must"]!.AsArray().Select(w => (string)w!["multi_match"]!["query"]!));
        Assert.Equal(attack, (string)phrase["should"]![0]!["multi_match"]!["query"]!);
        Assert.DoesNotContain("match_all", Keys(search));

        var suggest = JsonNode.Parse(handler.Requests[1].Body!)!;
        Assert.Equal(attack, (string)suggest["query"]!["bool"]!["must"]![0]!["match_bool_prefix"]!["text.name"]!["query"]!);
        Assert.DoesNotContain("match_all", Keys(suggest));
    }

    [Fact]
    public async Task Document_ids_and_field_values_that_look_like_json_stay_strings()
    {
        var handler = new RecordingHandler().Answer(HttpStatusCode.OK).AnswerRecorded(HttpStatusCode.OK, "bulk-index-ok.json");
        using var site = new TestEngine(handler);
        var document = new SearchDocument("7\"}}\n{\"delete\":{\"_id\":\"1\"}}");
        document.Text["name"] = "\"}\n";
        document.Stored["title"] = "\"}\n";

        await site.Engine.IndexAsync(Products, [document], CancellationToken.None);

        var lines = handler.Requests[1].Body!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(document.Id, (string)JsonNode.Parse(lines[0])!["index"]!["_id"]!);
        Assert.Equal("\"}\n", (string)JsonNode.Parse(lines[1])!["stored"]!["title"]!);
    }

    [Fact]
    public async Task The_index_prefix_and_a_path_in_the_address_are_kept()
    {
        var handler = new RecordingHandler();
        using var site = new TestEngine(handler, o =>
        {
            o.Url = "https://search.example.vn/es";
            o.IndexPrefix = "staging-";
        });

        await site.Engine.SearchAsync(new SearchQuery(Products), CancellationToken.None);

        Assert.Equal("POST /es/staging-products/_search?ignore_unavailable=true", handler.Requests[0].Line);
    }

    [Fact]
    public async Task An_api_key_is_sent_as_such()
    {
        var handler = new RecordingHandler();
        using var site = new TestEngine(handler, o => o.ApiKey = "VnVWaGNHNFpYRjRz");

        await site.Engine.SearchAsync(new SearchQuery(Products), CancellationToken.None);

        Assert.Equal("ApiKey VnVWaGNHNFpYRjRz", handler.Requests[0].Authorization);
    }

    [Fact]
    public async Task A_user_and_password_in_the_address_become_basic_authentication_and_leave_the_address()
    {
        var handler = new RecordingHandler();
        using var site = new TestEngine(handler, o => o.Url = "http://elastic:s%40cret@es.test:9200");

        await site.Engine.SearchAsync(new SearchQuery(Products), CancellationToken.None);

        Assert.Equal("Basic " + Convert.ToBase64String("elastic:s@cret"u8.ToArray()), handler.Requests[0].Authorization);
        Assert.Equal("/marketplace-products/_search?ignore_unavailable=true", handler.Requests[0].PathAndQuery);
    }

    private static async Task AssertSearchAsync(string golden, SearchQuery query)
    {
        var handler = new RecordingHandler();
        using var site = new TestEngine(handler);

        await site.Engine.SearchAsync(query, CancellationToken.None);

        Assert.Equal(["POST /marketplace-products/_search?ignore_unavailable=true"], handler.Requests.Select(r => r.Line));
        Golden.AssertJson(golden, handler.Requests[0].Body);
    }

    private static SearchDocument Coffee()
    {
        var document = new SearchDocument("1");
        document.Text["name"] = "Cà phê Robusta Buôn Ma Thuột";
        document.Text["description"] = "Cà phê rang xay, đặc sản Tây Nguyên";
        document.Keywords["category"] = ["coffee"];
        document.Keywords["certificate"] = ["vietgap", "organic-vn"];
        document.Numbers["price"] = 180_000;
        document.Numbers["stars"] = 4;
        document.Stored["title"] = "Cà phê Robusta Buôn Ma Thuột";
        return document;
    }

    /// <summary>Decomposed (NFD) text, as some phones send it, and no numbers.</summary>
    private static SearchDocument DragonFruit()
    {
        var document = new SearchDocument("2");
        document.Text["name"] = "Thanh long ruột đỏ".Normalize(System.Text.NormalizationForm.FormD);
        document.Keywords["category"] = ["fruit"];
        document.Keywords["certificate"] = [];
        document.Stored["title"] = "Thanh long ruột đỏ";
        return document;
    }

    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Keys),
        _ => [],
    };
}

using System.Net;
using Marketplace.Search.Elasticsearch;

namespace Marketplace.Search.Tests.Elasticsearch;

/// <summary>How the adapter reads Elasticsearch 8 answers (the bodies under Elasticsearch/Recorded) and reports refusals.</summary>
public sealed class ElasticsearchResponseTests
{
    private const string Products = "products";

    private static readonly SearchQuery BoostedCoffee = new(Products)
    {
        Text = "ca phe",
        Fields = [new("name", 3f)],
        Boosts =
        [
            new SearchBoost("premium", new InRange("price", 300_000, null), 20f),
            new SearchBoost("organic", new AnyOf("certificate", "organic-vn"), 50f),
            new SearchBoost("organic", new AnyOf("certificate", "organic-eu"), 50f),
        ],
        Facets = ["category", "certificate", "province"],
    };

    [Fact]
    public async Task Hits_keep_their_order_ids_scores_and_total()
    {
        var results = await SearchAsync(BoostedCoffee, "search-boosts-facets.json");

        Assert.Equal(3, results.Total);
        Assert.Equal(["1", "5", "7"], results.Hits.Select(h => h.Id));
        Assert.Equal(53.86102f, results.Hits[0].Score);
    }

    [Fact]
    public async Task Reasons_are_the_matched_boosts_once_each_in_the_order_of_the_query()
    {
        var json = Recorded.Read("search-boosts-facets.json")
            .Replace("\"organic\"\n        ]", "\"organic\", \"premium\", \"organic\"\n        ]", StringComparison.Ordinal);

        var results = ElasticsearchResponses.Search(BoostedCoffee, json);

        Assert.Equal(["premium", "organic"], results.Hits[0].Reasons);
        Assert.Equal(["premium"], results.Hits[2].Reasons);
    }

    [Fact]
    public void Named_query_scores_are_read_as_reasons_too()
    {
        // The shape Elasticsearch uses when include_named_queries_score is set.
        const string json = """
            {"hits": {"total": {"value": 1, "relation": "eq"}, "hits": [{"_id": "1", "_score": 2.5, "matched_queries": {"organic": 1.0}}]}}
            """;

        var results = ElasticsearchResponses.Search(BoostedCoffee, json);

        Assert.Equal(["organic"], results.Hits[0].Reasons);
    }

    [Fact]
    public async Task Facets_count_by_count_then_value_and_every_asked_field_is_there()
    {
        var results = await SearchAsync(BoostedCoffee, "search-boosts-facets.json");

        Assert.Equal([new FacetCount("coffee", 2), new FacetCount("honey", 1)], results.Facet("category"));
        Assert.Equal([new FacetCount("organic-vn", 2), new FacetCount("vietgap", 2)], results.Facet("certificate"));
        Assert.Empty(results.Facet("province"));
        Assert.True(results.Facets.ContainsKey("province"));
    }

    [Fact]
    public void Facet_buckets_are_put_in_the_port_order_whatever_order_they_arrive_in()
    {
        const string json = """
            {"hits": {"total": {"value": 9, "relation": "eq"}, "hits": []},
             "aggregations": {"province": {"buckets": [
               {"key": "Đắk Lắk", "doc_count": 2}, {"key": "Lâm Đồng", "doc_count": 5}, {"key": "Bến Tre", "doc_count": 2}, {"key": "An Giang", "doc_count": 2}]}}}
            """;

        var results = ElasticsearchResponses.Search(new SearchQuery(Products) { Facets = ["province"] }, json);

        Assert.Equal(["Lâm Đồng", "An Giang", "Bến Tre", "Đắk Lắk"], results.Facet("province").Select(f => f.Value));
    }

    [Fact]
    public async Task Sorted_hits_keep_their_score()
    {
        var results = await SearchAsync(new SearchQuery(Products) { Order = SearchOrder.NumberAscending, OrderField = "price" }, "search-sorted-by-price.json");

        Assert.Equal(7, results.Total);
        Assert.Equal(["6", "4"], results.Hits.Select(h => h.Id));
        Assert.All(results.Hits, h => Assert.Equal(1f, h.Score));
    }

    [Fact]
    public void A_hit_without_a_score_scores_zero()
    {
        const string json = """{"hits": {"total": {"value": 1, "relation": "eq"}, "max_score": null, "hits": [{"_id": "4", "_score": null, "sort": [1]}]}}""";

        Assert.Equal(0f, ElasticsearchResponses.Search(new SearchQuery(Products), json).Hits[0].Score);
    }

    [Fact]
    public async Task A_search_of_an_index_not_created_yet_finds_nothing()
    {
        var results = await SearchAsync(BoostedCoffee, "search-missing-index.json");

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.Empty(results.Facet("category"));
    }

    [Fact]
    public async Task Suggestions_are_display_values_once_each_skipping_hits_without_one()
    {
        var handler = new RecordingHandler().AnswerRecorded(HttpStatusCode.OK, "suggest.json");
        using var site = new TestEngine(handler);

        var suggestions = await site.Engine.SuggestAsync(new SuggestQuery(Products, "ca p", "name", "title"), CancellationToken.None);

        Assert.Equal([new Suggestion("7", "Cà phê Arabica Cầu Đất"), new Suggestion("1", "Cà phê Robusta Buôn Ma Thuột")], suggestions);
    }

    [Fact]
    public async Task Blank_suggest_text_asks_nothing()
    {
        var handler = new RecordingHandler();
        using var site = new TestEngine(handler);

        Assert.Empty(await site.Engine.SuggestAsync(new SuggestQuery(Products, "  ", "name", "title"), CancellationToken.None));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_refused_document_fails_the_bulk_call_naming_its_id_and_reason()
    {
        var handler = new RecordingHandler().Answer(HttpStatusCode.OK).AnswerRecorded(HttpStatusCode.OK, "bulk-index-item-error.json");
        using var site = new TestEngine(handler);

        var error = await Assert.ThrowsAsync<ElasticsearchException>(() => site.Engine.IndexAsync(Products, [new SearchDocument("1"), new SearchDocument("2")], CancellationToken.None));

        Assert.Equal(
            "Elasticsearch did not index 1 of 2 documents in marketplace-products: id 2 (400): document_parsing_exception: "
            + "[1:86] failed to parse field [num.price] of type [long] in document with id '2'. Preview of field's value: 'many' "
            + "(caused by illegal_argument_exception: For input string: \"many\").",
            error.Message);
    }

    [Fact]
    public void Many_refused_documents_are_named_up_to_five_and_counted()
    {
        var failures = Enumerable.Range(1, 8).Select(i => new BulkFailure(i.ToString(System.Globalization.CultureInfo.InvariantCulture), 429, "es_rejected_execution_exception: queue full")).ToList();

        var message = ElasticsearchResponses.BulkFailureMessage("index", "marketplace-products", 10, failures);

        Assert.StartsWith("Elasticsearch did not index 8 of 10 documents in marketplace-products: id 1 (429)", message, StringComparison.Ordinal);
        Assert.Contains("id 5 (429)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("id 6 ", message, StringComparison.Ordinal);
        Assert.EndsWith("; and 3 more.", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bulk-delete-not-found.json")]
    [InlineData("bulk-delete-missing-index.json")]
    public async Task Deleting_what_is_not_there_is_fine(string recorded)
    {
        var handler = new RecordingHandler().AnswerRecorded(HttpStatusCode.OK, recorded);
        using var site = new TestEngine(handler);

        await site.Engine.DeleteAsync(Products, ["3", "404"], CancellationToken.None);

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_refused_request_says_which_call_which_status_and_why()
    {
        var handler = new RecordingHandler().AnswerRecorded(HttpStatusCode.BadRequest, "error-400-search.json");
        using var site = new TestEngine(handler);

        var error = await Assert.ThrowsAsync<ElasticsearchException>(() => site.Engine.SearchAsync(new SearchQuery(Products), CancellationToken.None));

        Assert.Equal(
            "Elasticsearch refused POST /marketplace-products/_search?ignore_unavailable=true with 400: search_phase_execution_exception: all shards failed "
            + "(root cause query_shard_exception: failed to create query: For input string: \"cheap\")",
            error.Message);
    }

    [Fact]
    public async Task A_failed_reset_names_the_call()
    {
        var handler = new RecordingHandler()
            .AnswerRecorded(HttpStatusCode.OK, "acknowledged.json")
            .AnswerRecorded(HttpStatusCode.Unauthorized, "error-401-security.json");
        using var site = new TestEngine(handler, o => o.Url = "http://elastic:hunter2@es.test:9200");

        var error = await Assert.ThrowsAsync<ElasticsearchException>(() => site.Engine.ResetAsync(Products, CancellationToken.None));

        Assert.StartsWith("Elasticsearch refused PUT /marketplace-products with 401: security_exception: unable to authenticate user [elastic]", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_quoted_in_the_error()
    {
        var handler = new RecordingHandler().Answer(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>");
        using var site = new TestEngine(handler);

        var error = await Assert.ThrowsAsync<ElasticsearchException>(() => site.Engine.SearchAsync(new SearchQuery(Products), CancellationToken.None));

        Assert.EndsWith("with 502: <html><body>502 Bad Gateway</body></html>", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cluster-health-yellow.json", true, "Elasticsearch cluster docker-cluster is yellow (1 node): searches work, some replica shards are unassigned.")]
    [InlineData("cluster-health-red.json", false, "Elasticsearch cluster marketplace-prod is red (2 nodes): some primary shards are unassigned, so searches miss documents.")]
    public async Task Health_reads_the_cluster_status(string recorded, bool healthy, string description)
    {
        var handler = new RecordingHandler().AnswerRecorded(HttpStatusCode.OK, recorded);
        using var site = new TestEngine(handler);

        var health = await site.Engine.CheckHealthAsync(CancellationToken.None);

        Assert.Equal(["GET /_cluster/health"], handler.Requests.Select(r => r.Line));
        Assert.Equal(new SearchEngineHealth(healthy, description), health);
    }

    [Fact]
    public async Task An_unreachable_server_is_unhealthy_not_an_exception()
    {
        var handler = new RecordingHandler().Throw(new HttpRequestException("Connection refused (es.test:9200)"));
        using var site = new TestEngine(handler, o => o.Url = "http://elastic:hunter2@es.test:9200");

        var health = await site.Engine.CheckHealthAsync(CancellationToken.None);

        Assert.False(health.Healthy);
        Assert.Equal("Elasticsearch at http://es.test:9200 could not be reached for GET /_cluster/health: Connection refused (es.test:9200)", health.Description);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_unhealthy()
    {
        using var site = new TestEngine(new SlowHandler(), o => o.TimeoutSeconds = 1);

        var health = await site.Engine.CheckHealthAsync(CancellationToken.None);

        Assert.Equal(new SearchEngineHealth(false, "Elasticsearch at http://es.test:9200 did not answer GET /_cluster/health within 1 seconds."), health);
    }

    [Fact]
    public async Task Wrong_credentials_are_unhealthy_with_the_reason()
    {
        var handler = new RecordingHandler().AnswerRecorded(HttpStatusCode.Unauthorized, "error-401-security.json");
        using var site = new TestEngine(handler);

        var health = await site.Engine.CheckHealthAsync(CancellationToken.None);

        Assert.False(health.Healthy);
        Assert.StartsWith("Elasticsearch refused GET /_cluster/health with 401: security_exception:", health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_health_body_is_unhealthy()
    {
        var handler = new RecordingHandler().Answer(HttpStatusCode.OK, "<html>It works!</html>");
        using var site = new TestEngine(handler);

        var health = await site.Engine.CheckHealthAsync(CancellationToken.None);

        Assert.False(health.Healthy);
        Assert.StartsWith("Elasticsearch at http://es.test:9200 gave an unexpected answer:", health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_is_named_Elasticsearch()
    {
        using var site = new TestEngine(new RecordingHandler());

        Assert.Equal("Elasticsearch", site.Engine.Name);
    }

    private static async Task<SearchResults> SearchAsync(SearchQuery query, string recorded)
    {
        var handler = new RecordingHandler().AnswerRecorded(HttpStatusCode.OK, recorded);
        using var site = new TestEngine(handler);
        return await site.Engine.SearchAsync(query, CancellationToken.None);
    }

    /// <summary>Never answers; only the client's timeout ends the wait.</summary>
    private sealed class SlowHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("Unreachable.");
        }
    }
}

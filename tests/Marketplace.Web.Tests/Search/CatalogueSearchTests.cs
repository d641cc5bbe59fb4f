using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Search;

/// <summary>The buyer's search over the seeded catalogue, through the page and the API, as the issue describes it.</summary>
public abstract class CatalogueSearchTests<TSite>(TSite site) : IAsyncLifetime
    where TSite : SearchSite
{
    public Task InitializeAsync() => site.IndexedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> ApiAsync(string query)
    {
        var response = await site.CreateClient().GetAsync("/api/v1/products?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    [Theory]
    [InlineData("ca phe")]
    [InlineData("cà phê")]
    [InlineData("CA PHÊ")]
    public async Task Coffee_is_found_however_it_is_typed(string typed)
    {
        var names = Names(await ApiAsync("q=" + Uri.EscapeDataString(typed)));
        Assert.NotEmpty(names);
        Assert.All(names.Take(5), n => Assert.Contains("ca phe", VietnameseFolding.Fold(n), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_group_named_as_a_list_counts_only_for_the_kind_it_names()
    {
        // "Cà phê, trà và ca cao" is the group of coffees, teas and cocoa: "cà phê" finds the coffees, not every tea.
        var page = await ApiAsync("q=" + Uri.EscapeDataString("cà phê") + "&category=coffee-tea-cocoa");
        var kinds = page.GetProperty("facets").GetProperty("category").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
        Assert.Contains("roasted-coffee", kinds);
        Assert.DoesNotContain("green-tea", kinds);
        Assert.DoesNotContain("cocoa", kinds);

        // The group's own words still find all of it, and a part that names a kind finds that kind.
        var teas = await ApiAsync("q=" + Uri.EscapeDataString("trà") + "&category=coffee-tea-cocoa");
        var teaKinds = teas.GetProperty("facets").GetProperty("category").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
        Assert.Contains("green-tea", teaKinds);
        Assert.DoesNotContain("roasted-coffee", teaKinds);
    }

    [Fact]
    public async Task Decomposed_input_finds_the_same_as_composed()
    {
        var composed = Names(await ApiAsync("q=" + Uri.EscapeDataString("đặc sản")));
        var decomposed = Names(await ApiAsync("q=" + Uri.EscapeDataString("đặc sản".Normalize(NormalizationForm.FormD))));
        Assert.NotEmpty(composed);
        Assert.Equal(composed, decomposed);
        Assert.Equal(composed, Names(await ApiAsync("q=dac%20san")));
    }

    [Fact]
    public async Task English_words_find_Vietnamese_products()
    {
        // The seed has three dragon fruits; they come first.
        var names = Names(await ApiAsync("q=dragon%20fruit&pageSize=3"));
        Assert.Equal(3, names.Count);
        Assert.All(names, n => Assert.Contains("thanh long", VietnameseFolding.Fold(n), StringComparison.Ordinal));
        var pepper = Names(await ApiAsync("q=black%20pepper&pageSize=3"));
        Assert.Contains(pepper, n => VietnameseFolding.Fold(n).Contains("tieu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_former_province_name_finds_products_of_the_province_it_merged_into()
    {
        // Bình Thuận merged into Lâm Đồng in 2025; buyers still say "thanh long Bình Thuận".
        var page = await ApiAsync("q=" + Uri.EscapeDataString("Bình Thuận"));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Contains(items, i => i.GetProperty("province").GetString() == "Lâm Đồng");
    }

    [Fact]
    public async Task One_typo_in_a_long_word_is_forgiven()
    {
        var exact = Names(await ApiAsync("q=durian&pageSize=5"));
        var typo = Names(await ApiAsync("q=durain&pageSize=5"));
        Assert.NotEmpty(exact);
        Assert.Equal(exact, typo);
    }

    [Fact]
    public async Task Facets_come_with_counts_and_a_certificate_filter_keeps_only_valid_holders()
    {
        var page = await ApiAsync("q=thanh%20long");
        var certificates = page.GetProperty("facets").GetProperty("cert").EnumerateArray().ToList();
        Assert.NotEmpty(certificates);
        var first = certificates[0];
        var code = first.GetProperty("value").GetString()!;
        var count = first.GetProperty("count").GetInt64();

        var filtered = await ApiAsync($"q=thanh%20long&cert={code}&pageSize=100");
        Assert.Equal(count, filtered.GetProperty("total").GetInt32());
        var ids = filtered.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        var today = Cultures.TodayInVietnam(TimeProvider.System);
        var holders = await site.InDatabaseAsync(db => db.ProductCertificates
            .Where(pc => ids.Contains(pc.ProductId))
            .Join(db.Certificates, pc => pc.CertificateId, c => c.Id, (pc, c) => new { pc.ProductId, c.TypeCode, c.ValidUntil })
            .Where(c => c.TypeCode == code && c.ValidUntil >= today)
            .Select(c => c.ProductId).Distinct().CountAsync());
        Assert.Equal(ids.Count, holders);
    }

    [Fact]
    public async Task Price_sort_orders_by_price_with_price_on_request_last()
    {
        var page = await ApiAsync("q=ca%20phe&sort=pricelow&pageSize=100");
        var prices = page.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("priceMinVnd").ValueKind == JsonValueKind.Null ? (long?)null : i.GetProperty("priceMinVnd").GetInt64())
            .ToList();
        var priced = prices.TakeWhile(p => p is not null).ToList();
        Assert.True(priced.Count > 1);
        Assert.Equal(priced.Order(), priced);
        Assert.All(prices.Skip(priced.Count), p => Assert.Null(p));
    }

    [Fact]
    public async Task Suggestions_complete_the_last_word_in_the_readers_language()
    {
        var vi = await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/suggest?q=" + Uri.EscapeDataString("thanh l"));
        var texts = vi.EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
        Assert.Contains("Thanh long ruột đỏ", texts);
        Assert.All(texts, t => Assert.StartsWith("thanh l", VietnameseFolding.Fold(t), StringComparison.Ordinal));

        var en = await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/suggest?lang=en&q=dragon");
        Assert.Contains("Red-flesh dragon fruit", en.EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Empty((await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/suggest?q=t")).EnumerateArray());
    }

    [Fact]
    public async Task The_search_page_works_without_javascript_with_facet_links_in_both_languages()
    {
        var vi = await site.CreateClient().GetStringAsync("/search?q=ca+phe");
        Assert.Contains("Cà phê", vi, StringComparison.Ordinal);
        Assert.Contains("?q=ca%20phe&amp;category=", vi, StringComparison.Ordinal);
        Assert.Contains("Mới nhất", vi, StringComparison.Ordinal);

        var en = await site.CreateClient().GetStringAsync("/en/search?q=coffee");
        Assert.Contains("Newest", en, StringComparison.Ordinal);
        Assert.Contains("Valid certificate", en, StringComparison.Ordinal);
        Assert.Contains("Robusta", en, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=thanh+long+ham+thuan")]
    [InlineData("/search?q=THANH%20LONG%20H%C3%80M%20THU%E1%BA%ACN")]
    [InlineData("/search?q=thanh+long+B%C3%ACnh+Thu%E1%BA%ADn")]
    public async Task The_search_page_names_the_cooperatives_the_words_find(string url)
    {
        var html = await site.CreateClient().GetStringAsync(url);
        Assert.Contains("Hợp tác xã Thanh long Hàm Thuận Xanh</a>", html, StringComparison.Ordinal);
        Assert.Contains("Lâm Đồng", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_without_hits_says_so_in_the_language_of_the_page()
    {
        var html = await site.CreateClient().GetStringAsync("/en/search?q=zzzz-nothing");
        Assert.Contains("No product found for “zzzz-nothing”", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=%22*%3A%5B+AND+(+%5C")]
    [InlineData("/search?q=%F0%9F%8D%89+thanh+long")]
    [InlineData("/search?q=ca+phe&sort=drop&page=-4&ocop=many&verified=maybe")]
    [InlineData("/search?category=no-such&province=nowhere&cert=x")]
    [InlineData("/api/v1/products?q=%22%7D%2C+%22match_all%22%3A+%7B&sort=x")]
    [InlineData("/api/v1/suggest?q=%5B%5B%5B")]
    public async Task Anything_a_user_can_type_gets_an_answer_not_an_error(string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_search_and_matching_endpoints_are_in_the_openapi_document()
    {
        var document = await site.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/suggest", paths);
        Assert.Contains("/api/v1/demands/{id}/matches", paths);
        var parameters = document.GetProperty("paths").GetProperty("/api/v1/products").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("q", parameters);
        Assert.Contains("cert", parameters);
    }

    [Fact]
    public async Task A_very_long_query_is_cut_not_refused()
    {
        var response = await site.CreateClient().GetAsync("/search?q=" + new string('a', 5000));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class SqliteCatalogueSearchTests(SqliteSearchSite site) : CatalogueSearchTests<SqliteSearchSite>(site), IClassFixture<SqliteSearchSite>;

public sealed class PostgresCatalogueSearchTests(PostgresSearchSite site) : CatalogueSearchTests<PostgresSearchSite>(site), IClassFixture<PostgresSearchSite>;

using System.Text;

namespace Marketplace.Search.Tests.Conformance;

/// <summary>
/// What every search engine must do the same way. Each engine's test class runs every scenario by name
/// (<see cref="Scenarios"/>), so a new scenario here runs against Lucene always and against Elasticsearch when a
/// server is configured.
/// </summary>
public abstract class SearchEngineConformance
{
    private const string Index = "products";

    public static TheoryData<string> Scenarios { get; } = new(typeof(SearchEngineConformance)
        .GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
        .Where(m => m.Name.StartsWith("Scenario_", StringComparison.Ordinal))
        .Select(m => m.Name["Scenario_".Length..])
        .Order(StringComparer.Ordinal));

    protected abstract Task<ISearchEngine> CreateEngineAsync(string indexPrefix);

    protected async Task RunAsync(string scenario)
    {
        var engine = await CreateEngineAsync("conformance-" + Guid.NewGuid().ToString("N")[..8] + "-");
        await engine.ResetAsync(Index, CancellationToken.None);
        await engine.IndexAsync(Index, Corpus(), CancellationToken.None);
        var method = typeof(SearchEngineConformance).GetMethod("Scenario_" + scenario, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
            ?? throw new InvalidOperationException($"No scenario {scenario}.");
        try
        {
            await (Task)method.Invoke(this, [engine])!;
        }
        finally
        {
            (engine as IDisposable)?.Dispose();
        }
    }

    private static readonly TextField[] NameAndDescription = [new("name", 3f), new("description"), new("place")];

    private static SearchDocument Doc(string id, string name, string description, string place, string category, string[] certificates, long? price, int? stars)
    {
        var document = new SearchDocument(id);
        document.Text["name"] = name;
        document.Text["description"] = description;
        document.Text["place"] = place;
        document.Keywords["category"] = [category];
        document.Keywords["certificate"] = certificates;
        if (price is { } p)
        {
            document.Numbers["price"] = p;
        }

        if (stars is { } s)
        {
            document.Numbers["stars"] = s;
        }

        document.Stored["title"] = name;
        return document;
    }

    private static List<SearchDocument> Corpus() =>
    [
        Doc("1", "Cà phê Robusta Buôn Ma Thuột", "Cà phê rang xay, đặc sản Tây Nguyên", "Đắk Lắk", "coffee", ["vietgap", "organic-vn"], 180_000, 4),
        Doc("2", "Thanh long ruột đỏ", "Trái cây tươi, đặc sản Bình Thuận", "Lâm Đồng Bình Thuận", "fruit", ["vietgap", "globalgap"], 25_000, 3),
        Doc("3", "Gạo ST25", "Gạo thơm Sóc Trăng", "Cần Thơ Sóc Trăng", "rice", ["vietgap"], 35_000, 5),
        Doc("4", "Sầu riêng Ri6", "Durian from the Mekong delta", "Vĩnh Long Bến Tre", "fruit", [], null, null),
        Doc("5", "Mật ong hoa cà phê", "Honey from coffee flowers", "Đắk Lắk", "honey", ["organic-vn"], 220_000, 3),
        Doc("6", "Tiêu đen Phú Quốc", "Black pepper, sun dried", "An Giang Kiên Giang", "spice", ["haccp"], 150_000, null),
        Doc("7", "Cà phê Arabica Cầu Đất", "Arabica coffee grown at 1,500 m", "Lâm Đồng", "coffee", ["vietgap"], 320_000, null),
        Doc("8", "Nhãn lồng Hưng Yên", "Cùi dày, vị ngọt thanh", "Hưng Yên", "fruit", [], 60_000, null),
    ];

    private static async Task<IReadOnlyList<string>> IdsAsync(ISearchEngine engine, SearchQuery query) =>
        (await engine.SearchAsync(query, CancellationToken.None)).Hits.Select(h => h.Id).ToList();

    private static SearchQuery Text(string text) => new(Index) { Text = text, Fields = NameAndDescription, Take = 20 };

    private async Task Scenario_Text_without_marks_finds_text_with_marks(ISearchEngine engine)
    {
        Assert.Equal(["1", "5", "7"], (await IdsAsync(engine, Text("ca phe"))).Order());
        Assert.Equal(["1", "2"], (await IdsAsync(engine, Text("dac san"))).Order());
        Assert.Equal(["3"], await IdsAsync(engine, Text("GAO st25")));
    }

    private async Task Scenario_Decomposed_input_finds_composed_text(ISearchEngine engine)
    {
        Assert.Equal(["1", "5", "7"], (await IdsAsync(engine, Text("cà phê".Normalize(NormalizationForm.FormD)))).Order());
    }

    private async Task Scenario_Every_word_must_match_somewhere(ISearchEngine engine)
    {
        Assert.Equal(["1"], await IdsAsync(engine, Text("ca phe robusta")));
        Assert.Equal(["2"], await IdsAsync(engine, Text("thanh long binh thuan")));
        Assert.Empty(await IdsAsync(engine, Text("ca phe gao")));
    }

    private async Task Scenario_Stop_words_and_syntax_are_only_words(ISearchEngine engine)
    {
        Assert.Equal(["5"], await IdsAsync(engine, Text("honey from the coffee")));
        Assert.Empty(await IdsAsync(engine, Text("the and of")));
        Assert.Empty(await IdsAsync(engine, Text("coffee AND (\"* name:[a TO z] \\")));
    }

    private async Task Scenario_Compound_words_must_stand_together(ISearchEngine engine)
    {
        // "thanh" (in "ngọt thanh") and "long" (lồng) are both in the longan's text, apart.
        Assert.Equal(["2", "8"], (await IdsAsync(engine, Text("thanh long"))).Order());
        Assert.Equal(["2"], await IdsAsync(engine, Text("thanh long") with { Compounds = ["thanh long"] }));
        Assert.Equal(["2"], await IdsAsync(engine, Text("THANH LONG Bình Thuận") with { Compounds = ["thanh long", "binh thuan"] }));
        Assert.Equal(["2"], await IdsAsync(engine, Text("dragon fruit") with { Alternatives = ["thanh long"], Compounds = ["thanh long", "dragon fruit"] }));

        // Optional text: the compound ranks the product that has it first.
        var ranked = await IdsAsync(engine, Text("thanh long") with { TextRequired = false, Compounds = ["thanh long"], Filters = [new AnyOf("category", "fruit")] });
        Assert.Equal("2", ranked[0]);
    }

    private async Task Scenario_One_typo_in_a_long_word_is_forgiven(ISearchEngine engine)
    {
        Assert.Equal(["4"], await IdsAsync(engine, Text("durain")));
        Assert.Equal(["6"], await IdsAsync(engine, Text("peper")));

        // Short words (most Vietnamese syllables) must be right: "geo" is not "gạo".
        Assert.Empty(await IdsAsync(engine, Text("geo")));

        // Alternatives are dictionary words, and a query may turn typos off altogether.
        Assert.Empty(await IdsAsync(engine, Text("zzzz") with { Alternatives = ["durain"] }));
        Assert.Empty(await IdsAsync(engine, Text("durain") with { TolerateTypos = false }));
    }

    private async Task Scenario_Alternatives_widen_the_match(ISearchEngine engine)
    {
        Assert.Empty(await IdsAsync(engine, Text("dragon fruit")));
        Assert.Equal(["2", "8"], (await IdsAsync(engine, Text("dragon fruit") with { Alternatives = ["thanh long"] })).Order());
    }

    private async Task Scenario_A_word_in_the_name_ranks_above_one_in_the_description(ISearchEngine engine)
    {
        // "Mật ong hoa cà phê" has coffee only in its name's end and description; Arabica has "coffee" in its description.
        var ids = await IdsAsync(engine, Text("arabica"));
        Assert.Equal("7", ids[0]);
        var honey = await IdsAsync(engine, Text("mat ong"));
        Assert.Equal(["5"], honey);
    }

    private async Task Scenario_Optional_text_ranks_but_does_not_filter(ISearchEngine engine)
    {
        var ids = await IdsAsync(engine, Text("arabica") with { TextRequired = false, Filters = [new AnyOf("category", "coffee")] });
        Assert.Equal(["7", "1"], ids);
        var fruit = await IdsAsync(engine, Text("ri6") with { TextRequired = false, Filters = [new AnyOf("category", "fruit")] });
        Assert.Equal("4", fruit[0]);
        Assert.Equal(["2", "4", "8"], fruit.Order());

        // Each word counts on its own: a product with either word ranks above the one with neither.
        var coffee = await IdsAsync(engine, Text("arabica honey") with { TextRequired = false, Filters = [new AnyOf("category", ["coffee", "honey"])] });
        Assert.Equal(3, coffee.Count);
        Assert.Equal("1", coffee[^1]);
    }

    private async Task Scenario_Filters_ranges_and_exclusions(ISearchEngine engine)
    {
        var fruit = await IdsAsync(engine, new SearchQuery(Index) { Filters = [new AnyOf("category", ["fruit", "rice"])] });
        Assert.Equal(["2", "3", "4", "8"], fruit.Order());
        var vietgapCheap = await IdsAsync(engine, new SearchQuery(Index)
        {
            Filters = [new AnyOf("certificate", "vietgap"), new InRange("price", null, 100_000)],
        });
        Assert.Equal(["2", "3"], vietgapCheap.Order());
        var starred = await IdsAsync(engine, new SearchQuery(Index) { Filters = [new InRange("stars", 4, null)] });
        Assert.Equal(["1", "3"], starred.Order());
        var coffeeNotLamDong = await IdsAsync(engine, Text("ca phe") with { Exclusions = [new AnyOf("certificate", "organic-vn")] });
        Assert.Equal(["7"], coffeeNotLamDong);
    }

    private async Task Scenario_Boosts_raise_and_explain(ISearchEngine engine)
    {
        var query = Text("ca phe") with
        {
            Boosts = [new SearchBoost("organic", new AnyOf("certificate", "organic-vn"), 50f), new SearchBoost("premium", new InRange("price", 300_000, null), 20f)],
        };
        var results = await engine.SearchAsync(query, CancellationToken.None);
        Assert.Equal(3, results.Total);
        Assert.Equal(["1", "5"], results.Hits.Take(2).Select(h => h.Id).Order());
        Assert.Equal("7", results.Hits[2].Id);
        Assert.Equal(["organic"], results.Hits.Single(h => h.Id == "1").Reasons);
        Assert.Equal(["premium"], results.Hits.Single(h => h.Id == "7").Reasons);
    }

    private async Task Scenario_Facets_count_every_match_not_only_the_page(ISearchEngine engine)
    {
        var results = await engine.SearchAsync(new SearchQuery(Index) { Take = 2, Facets = ["category", "certificate"] }, CancellationToken.None);
        Assert.Equal(8, results.Total);
        Assert.Equal(2, results.Hits.Count);
        Assert.Equal([new FacetCount("fruit", 3), new FacetCount("coffee", 2), new FacetCount("honey", 1), new FacetCount("rice", 1), new FacetCount("spice", 1)], results.Facet("category"));
        Assert.Equal(new FacetCount("vietgap", 4), results.Facet("certificate")[0]);
    }

    private async Task Scenario_Sort_by_number_puts_missing_last_and_pages(ISearchEngine engine)
    {
        var ascending = await IdsAsync(engine, new SearchQuery(Index) { Order = SearchOrder.NumberAscending, OrderField = "price" });
        Assert.Equal(["2", "3", "8", "6", "1", "5", "7", "4"], ascending);
        var descending = await IdsAsync(engine, new SearchQuery(Index) { Order = SearchOrder.NumberDescending, OrderField = "price" });
        Assert.Equal(["7", "5", "1", "6", "8", "3", "2", "4"], descending);
        var page = await engine.SearchAsync(new SearchQuery(Index) { Order = SearchOrder.NumberAscending, OrderField = "price", Skip = 2, Take = 2 }, CancellationToken.None);
        Assert.Equal(8, page.Total);
        Assert.Equal(["8", "6"], page.Hits.Select(h => h.Id));
    }

    private async Task Scenario_Suggestions_complete_the_last_word(ISearchEngine engine)
    {
        var suggestions = await engine.SuggestAsync(new SuggestQuery(Index, "thanh l", "name", "title"), CancellationToken.None);
        Assert.Equal(["Thanh long ruột đỏ"], suggestions.Select(s => s.Text));
        var coffee = await engine.SuggestAsync(new SuggestQuery(Index, "ca p", "name", "title") { Filters = [new AnyOf("category", "coffee")] }, CancellationToken.None);
        Assert.Equal(["Cà phê Arabica Cầu Đất", "Cà phê Robusta Buôn Ma Thuột"], coffee.Select(s => s.Text).Order());
    }

    private async Task Scenario_Index_replaces_delete_removes_reset_empties(ISearchEngine engine)
    {
        var renamed = Doc("3", "Gạo Một Bụi Đỏ", "Gạo đỏ", "Cần Thơ", "rice", [], 40_000, null);
        await engine.IndexAsync(Index, [renamed], CancellationToken.None);
        Assert.Empty(await IdsAsync(engine, Text("st25")));
        Assert.Equal(["3"], await IdsAsync(engine, Text("mot bui do")));
        Assert.Equal(8, (await engine.SearchAsync(new SearchQuery(Index), CancellationToken.None)).Total);

        await engine.DeleteAsync(Index, ["3", "404"], CancellationToken.None);
        Assert.Empty(await IdsAsync(engine, Text("gao")));
        Assert.Equal(7, (await engine.SearchAsync(new SearchQuery(Index), CancellationToken.None)).Total);

        await engine.ResetAsync(Index, CancellationToken.None);
        Assert.Equal(0, (await engine.SearchAsync(new SearchQuery(Index), CancellationToken.None)).Total);
        Assert.True((await engine.CheckHealthAsync(CancellationToken.None)).Healthy);
    }
}

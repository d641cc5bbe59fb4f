using System.Globalization;
using Marketplace.Accounts;
using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.ReferenceData;
using Marketplace.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Search.SearchCatalogue;

/// <summary>
/// The buyer's search: products with facets, plus the cooperatives and open demands the words name. The engine
/// ranks; the database gives the rows, in the engine's order, so nothing the engine still holds by mistake is shown.
/// </summary>
public sealed class CatalogueSearch(ISearchEngine engine, MarketplaceDbContext db, CatalogueReader catalogue, IStringLocalizer<Text> text, ReferenceTablesCache referenceTables, CompoundWordsCache compounds, TimeProvider clock)
{
    public const int MaxQueryLength = 200;

    /// <summary>Where words count most: the name, then the category, the place and the cooperative, then the description and the category's group.</summary>
    public static IReadOnlyList<TextField> ProductTextFields { get; } =
    [
        new(ProductFields.Name, 3f),
        new(ProductFields.CategoryText, 2f),
        new(ProductFields.CategoryGroupText, 0.5f),
        new(ProductFields.Place, 1.5f),
        new(ProductFields.Cooperative, 1.5f),
        new(ProductFields.Description, 1f),
    ];

    private static readonly string[] FacetFields =
        [ProductFields.Category, ProductFields.Province, ProductFields.Certificate, ProductFields.Ocop, ProductFields.Kind, ProductFields.Verified];

    public static string Clean(string? query)
    {
        return TextNormalizer.Shorten(TextNormalizer.Clean(query), MaxQueryLength);
    }

    public async Task<CatalogueSearchResult> SearchAsync(CatalogueSearchRequest request, bool english, CancellationToken cancellationToken)
    {
        request = request with
        {
            Text = Clean(request.Text),
            Page = Math.Max(1, request.Page),
            PageSize = Math.Clamp(request.PageSize, 1, CatalogueReader.MaxPageSize),
        };
        var known = await compounds.GetAsync(cancellationToken);
        var today = Cultures.TodayInVietnam(clock);
        var query = ProductQuery(request, today, known);

        // The cooperatives and demands the words name are asked for beside the products, not after them.
        var sideSearches = request.WithRelated && request.Page == 1 && request.Text.Length > 0;
        var cooperativesFound = sideSearches ? AskBesideAsync(CooperativeQuery(request.Text, known), cancellationToken) : null;
        var demandsFound = sideSearches ? AskBesideAsync(DemandQuery(request.Text, known, today), cancellationToken) : null;
        var results = await SearchUnavailableException.WhenAskingAsync(engine, e => e.SearchAsync(query, cancellationToken));
        var ids = results.Hits.Select(h => int.Parse(h.Id, CultureInfo.InvariantCulture)).ToList();
        var cards = await catalogue.CardsAsync(ids, english, cancellationToken);
        var products = new Paged<ProductCard>(cards, request.Page, request.PageSize, (int)Math.Min(results.Total, int.MaxValue));

        var labels = new FacetLabels(await referenceTables.GetAsync(cancellationToken), text, english);
        return new CatalogueSearchResult(
            request,
            products,
            labels.Categories(results.Facet(ProductFields.Category), request.Category),
            labels.Options(results.Facet(ProductFields.Province), labels.Province, request.Province),
            labels.Options(results.Facet(ProductFields.Certificate), labels.Certificate, request.Certificate),
            labels.Options(results.Facet(ProductFields.Ocop), labels.Ocop, request.Ocop?.ToString(CultureInfo.InvariantCulture)).OrderByDescending(o => o.Value, StringComparer.Ordinal).ToList(),
            labels.Options(results.Facet(ProductFields.Kind), labels.Kind, request.Kind),
            new FacetOption(ProductFields.Yes, text["Search.Facet.VerifiedOnly"], results.Facet(ProductFields.Verified).FirstOrDefault()?.Count ?? 0, request.VerifiedOnly),
            cooperativesFound is null ? [] : await CooperativesAsync(await cooperativesFound, english, cancellationToken),
            demandsFound is null ? [] : await DemandsAsync(await demandsFound, today, english, cancellationToken));
    }

    /// <summary>The engine query for a request; also what the benchmarks and the quality test run.</summary>
    public static SearchQuery ProductQuery(CatalogueSearchRequest request, DateOnly today, CompoundWords compounds)
    {
        var filters = new List<SearchCondition>();
        AddIfSet(filters, ProductFields.Category, request.Category);
        AddIfSet(filters, ProductFields.Province, request.Province);
        AddIfSet(filters, ProductFields.Kind, request.Kind);
        AddIfSet(filters, ProductFields.Ocop, request.Ocop?.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(request.Certificate))
        {
            // Valid today, not merely held: the day number of the certificate's end is in the document.
            filters.Add(new InRange(ProductFields.CertificateValidUntil(request.Certificate), ProductFields.DayNumber(today), null));
        }

        if (request.VerifiedOnly)
        {
            filters.Add(new AnyOf(ProductFields.Verified, ProductFields.Yes));
        }

        var text = Clean(request.Text);
        var hasText = text.Length > 0;
        var (order, field) = request.Sort switch
        {
            ProductSort.Newest => (SearchOrder.NumberDescending, ProductFields.Published),
            ProductSort.PriceLow => (SearchOrder.NumberAscending, ProductFields.Price),
            ProductSort.PriceHigh => (SearchOrder.NumberDescending, ProductFields.Price),
            _ when !hasText => (SearchOrder.NumberDescending, ProductFields.Published),
            _ => (SearchOrder.Relevance, (string?)null),
        };
        var query = new SearchQuery(SearchIndexes.Products)
        {
            Fields = ProductTextFields,
            Filters = filters,

            // Among equally relevant products, a verified cooperative's and an OCOP-rated one come first.
            Boosts = [new SearchBoost("verified", new AnyOf(ProductFields.Verified, ProductFields.Yes), 0.5f), new SearchBoost("ocop", new InRange(ProductFields.OcopStars, 3, null), 0.3f)],
            Facets = FacetFields,
            Order = order,
            OrderField = field,
            Skip = (Math.Max(1, request.Page) - 1) * Math.Clamp(request.PageSize, 1, CatalogueReader.MaxPageSize),
            Take = Math.Clamp(request.PageSize, 1, CatalogueReader.MaxPageSize),
        };
        return hasText ? WithText(query, text, compounds) : query;
    }

    /// <summary>Product names completing what the buyer is typing, in the reader's language.</summary>
    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string? typed, bool english, CancellationToken cancellationToken)
    {
        var words = Clean(typed);
        if (words.Length < 2)
        {
            return [];
        }

        var suggestions = await SearchUnavailableException.WhenAskingAsync(engine, e => e.SuggestAsync(
            new SuggestQuery(SearchIndexes.Products, words, english ? ProductFields.NameEn : ProductFields.NameVi, english ? ProductFields.TitleEn : ProductFields.TitleVi) { Take = 16 },
            cancellationToken));

        // Names that begin with what was typed come first, shorter before longer.
        var folded = VietnameseFolding.Fold(words);
        return suggestions
            .OrderByDescending(s => VietnameseFolding.Fold(s.Text).StartsWith(folded, StringComparison.Ordinal))
            .ThenBy(s => s.Text.Length)
            .Take(8)
            .ToList();
    }

    private static void AddIfSet(List<SearchCondition> filters, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filters.Add(new AnyOf(field, value.Trim()));
        }
    }

    /// <summary>The words, their synonyms and the compounds among them, as every text query here takes them.</summary>
    private static SearchQuery WithText(SearchQuery query, string words, CompoundWords compounds)
    {
        var alternatives = Synonyms.Alternatives(words);
        return query with { Text = words, Alternatives = alternatives, Compounds = compounds.In([words, .. alternatives]) };
    }

    /// <summary>On a thread of its own: the embedded engine answers synchronously, and the page waits for the slowest.</summary>
    private Task<SearchResults> AskBesideAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Task.Run(() => SearchUnavailableException.WhenAskingAsync(engine, e => e.SearchAsync(query, cancellationToken)), cancellationToken);

    private static SearchQuery CooperativeQuery(string words, CompoundWords compounds) => WithText(new SearchQuery(SearchIndexes.Cooperatives)
    {
        Fields = [new(CooperativeFields.Name, 3f), new(CooperativeFields.Sectors, 1.5f), new(CooperativeFields.Place, 1.5f), new(CooperativeFields.Description)],
        Take = 5,
    }, words, compounds);

    private static SearchQuery DemandQuery(string words, CompoundWords compounds, DateOnly today) => WithText(new SearchQuery(SearchIndexes.Demands)
    {
        Fields = [new(DemandFields.Title, 3f), new(DemandFields.CategoryText, 2f), new(DemandFields.Description)],
        Filters = [new InRange(DemandFields.ValidUntil, ProductFields.DayNumber(today), null)],
        Take = 5,
    }, words, compounds);

    private async Task<IReadOnlyList<CooperativeHit>> CooperativesAsync(SearchResults results, bool english, CancellationToken cancellationToken)
    {
        var ids = results.Hits.Select(h => int.Parse(h.Id, CultureInfo.InvariantCulture)).ToList();
        var rows = await db.Organisations.AsNoTracking()
            .PubliclyVisible()
            .Where(o => ids.Contains(o.Id) && o.Type == OrganisationType.Cooperative)
            .Join(db.Provinces, o => o.ProvinceCode, p => p.Code, (o, p) => new { o.Id, o.Name, o.NameEn, o.VerifiedAtUtc, ProvinceVi = p.NameVi, ProvinceEn = p.NameEn })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).Select(r =>
        {
            var name = Bilingual.Pick(r.Name, r.NameEn, english);
            return new CooperativeHit(r.Id, Slugs.For(name), name, english ? r.ProvinceEn : r.ProvinceVi, r.VerifiedAtUtc is not null);
        }).ToList();
    }

    private async Task<IReadOnlyList<DemandHit>> DemandsAsync(SearchResults results, DateOnly today, bool english, CancellationToken cancellationToken)
    {
        var ids = results.Hits.Select(h => int.Parse(h.Id, CultureInfo.InvariantCulture)).ToList();
        var rows = await db.Demands.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.Status == Demands.DemandStatus.Open && d.ValidUntil >= today)
            .Join(db.Provinces, d => d.DeliveryProvinceCode, p => p.Code, (d, p) => new { d.Id, d.Title, d.ValidUntil, p.NameVi, p.NameEn })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        return ids.Where(rows.ContainsKey).Select(id => rows[id])
            .Select(r => new DemandHit(r.Id, r.Title, english ? r.NameEn : r.NameVi, r.ValidUntil)).ToList();
    }
}

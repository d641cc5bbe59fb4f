using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Benchmarks.Catalogue;

/// <summary>
/// What generated products and demands are made of, read from the database the site seeded: the demo catalogue's
/// products as templates (real Vietnamese and English names, descriptions, categories, places, units and prices),
/// the provinces with their former names, the categories and the certificate types.
/// </summary>
internal sealed record Vocabulary(
    IReadOnlyList<Product> Templates,
    IReadOnlyList<Province> Provinces,
    ILookup<string, string> FormerProvinces,
    IReadOnlyDictionary<string, Category> Categories,
    IReadOnlyList<string> CertificateTypes,
    IReadOnlyList<int> Buyers)
{
    public static async Task<Vocabulary> LoadAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var templates = await db.Products.AsNoTracking()
            .Where(p => p.SeedKey != null && p.Status == ProductStatus.Published)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        if (templates.Count == 0)
        {
            throw new BenchmarkException("The seeded database holds no demo products to build names from; is Marketplace:Seed:LoadDemoData on?");
        }

        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
        var former = (await db.FormerProvinces.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(f => f.ProvinceCode, f => f.NameVi);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);

        // OCOP ratings are a product's stars, not a certificate a cooperative holds.
        var types = (await db.CertificateTypes.AsNoTracking().Select(t => t.Code).ToListAsync(cancellationToken))
            .Where(c => !c.StartsWith("ocop", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var buyers = await db.Organisations.AsNoTracking().Where(o => o.Type == OrganisationType.Buyer).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken);
        if (buyers.Count == 0)
        {
            throw new BenchmarkException("The seeded database holds no buyer organisation to post generated demands.");
        }

        return new Vocabulary(templates, provinces, former, categories, types, buyers);
    }

    public Province Province(string code) => Provinces.First(p => p.Code == code);
}

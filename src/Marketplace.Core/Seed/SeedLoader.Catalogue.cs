using Marketplace.Catalogue;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Seed;

/// <summary>The demo catalogue: cooperatives' certificates, products with their certificates and lots.</summary>
internal sealed partial class SeedLoader
{
    private async Task<int> UpsertCatalogueAsync(SeedPlan plan, CancellationToken cancellationToken)
    {
        var organisationIds = await db.Organisations.Where(o => o.SeedKey != null).ToDictionaryAsync(o => o.SeedKey!, o => o.Id, cancellationToken);

        var certificates = plan.Organisations
            .SelectMany(o => (o.Item.Certificates ?? []).Select(c => new Located<(int OrganisationId, CertificateRecipe Certificate)>((organisationIds[o.Item.Key], c), o.File, o.Line)))
            .ToList();
        var written = await UpsertAsync(
            db.Certificates.Where(c => c.SeedKey != null),
            certificates,
            c => $"{c.OrganisationId}/{c.SeedKey}",
            r => $"{r.OrganisationId}/{r.Certificate.Key}",
            r => new Certificate { OrganisationId = r.OrganisationId, SeedKey = r.Certificate.Key, TypeCode = r.Certificate.Type, Number = r.Certificate.Number },
            (certificate, r, _) =>
            {
                certificate.TypeCode = r.Certificate.Type;
                certificate.Number = r.Certificate.Number;
                certificate.Issuer = r.Certificate.Issuer;
                certificate.Scope = r.Certificate.Scope;
                certificate.ValidUntil = r.Certificate.ValidUntil;
            },
            cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        written += await UpsertAsync(
            db.Products.Where(p => p.SeedKey != null),
            plan.Products,
            p => p.SeedKey!,
            r => r.Key,
            r => new Product
            {
                SeedKey = r.Key,
                OrganisationId = organisationIds[r.Cooperative],
                NameVi = r.NameVi,
                CategoryCode = r.Category,
                OriginProvinceCode = r.OriginProvince,
                TraceCode = TraceCodes.New(),
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
            },
            (product, r, _) => Apply(product, r),
            cancellationToken);

        return written + await SyncProductChildrenAsync(plan, organisationIds, cancellationToken);
    }

    private static void Apply(Product product, ProductRecipe r)
    {
        product.NameVi = TextNormalizer.Clean(r.NameVi);
        product.NameEn = TextNormalizer.CleanOrNull(r.NameEn);
        product.DescriptionVi = TextNormalizer.CleanOrNull(r.DescriptionVi);
        product.DescriptionEn = TextNormalizer.CleanOrNull(r.DescriptionEn);
        product.CategoryCode = r.Category;
        product.OcopStars = r.Ocop?.Stars;
        product.OcopCertificateNumber = r.Ocop?.Number;
        product.OcopYear = r.Ocop?.Year;
        product.OriginProvinceCode = r.OriginProvince;
        product.OriginPlace = TextNormalizer.CleanOrNull(r.OriginPlace);
        product.GeographicalIndication = TextNormalizer.CleanOrNull(r.GeographicalIndication);
        product.Unit = CatalogueRecipeChecks.Parse<SalesUnit>(r.Unit);
        product.PriceMinVnd = r.Price?.Min;
        product.PriceMaxVnd = r.Price?.Max;
        product.MinimumOrder = r.MinimumOrder;
        product.CapacityAmount = r.Capacity?.Amount;
        product.CapacityUnit = r.Capacity is null ? null : CatalogueRecipeChecks.Parse<SalesUnit>(r.Capacity.Unit);
        product.CapacityPeriod = r.Capacity is null ? null : CatalogueRecipeChecks.Parse<CapacityPeriod>(r.Capacity.Period);
        product.HarvestMonths = HarvestMonths.From(r.HarvestMonths ?? []);
        product.ShelfLifeDays = r.ShelfLifeDays;
        product.Packaging = TextNormalizer.CleanOrNull(r.Packaging);
        product.ExportMarkets = r.ExportMarkets is { Count: > 0 } markets ? string.Join(',', markets) : null;
        product.Status = CatalogueRecipeChecks.Parse<ProductStatus>(r.Status);
    }

    /// <summary>Certificates covered and lots, matched by certificate key and lot code.</summary>
    private async Task<int> SyncProductChildrenAsync(SeedPlan plan, Dictionary<string, int> organisationIds, CancellationToken cancellationToken)
    {
        var products = await db.Products.Where(p => p.SeedKey != null).Include(p => p.Certificates).Include(p => p.Lots)
            .ToDictionaryAsync(p => p.SeedKey!, cancellationToken);
        var certificateIds = await db.Certificates.Where(c => c.SeedKey != null)
            .ToDictionaryAsync(c => $"{c.OrganisationId}/{c.SeedKey}", c => c.Id, cancellationToken);

        foreach (var recipe in plan.Products.Select(p => p.Item))
        {
            var product = products[recipe.Key];
            var wanted = (recipe.Certificates ?? []).Select(k => certificateIds[$"{organisationIds[recipe.Cooperative]}/{k}"]).ToHashSet();
            product.Certificates.RemoveAll(c => !wanted.Contains(c.CertificateId));
            foreach (var id in wanted.Where(id => product.Certificates.All(c => c.CertificateId != id)))
            {
                product.Certificates.Add(new ProductCertificate { CertificateId = id });
            }

            foreach (var lotRecipe in recipe.Lots ?? [])
            {
                var lot = product.Lots.FirstOrDefault(l => l.Code == lotRecipe.Code);
                if (lot is null)
                {
                    lot = new Lot { Code = lotRecipe.Code, TraceCode = TraceCodes.New() };
                    product.Lots.Add(lot);
                }

                lot.Date = lotRecipe.Date;
                lot.GrowingArea = TextNormalizer.CleanOrNull(lotRecipe.Area);
                lot.Quantity = lotRecipe.Quantity;
                lot.Unit = lotRecipe.Unit is null ? null : CatalogueRecipeChecks.Parse<SalesUnit>(lotRecipe.Unit);
            }
        }

        return await db.SaveChangesAsync(cancellationToken);
    }
}

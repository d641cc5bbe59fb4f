using Marketplace.Localization;

namespace Marketplace.Catalogue;

/// <summary>A <see cref="ProductForm"/> onto a product (cleaned, as it is stored) and back, for creating and editing alike.</summary>
internal static class ProductFormMapping
{
    public static void Apply(Product product, ProductForm form, DateTime now)
    {
        product.NameVi = TextNormalizer.Clean(form.NameVi);
        product.NameEn = TextNormalizer.CleanOrNull(form.NameEn);
        product.DescriptionVi = TextNormalizer.CleanOrNull(form.DescriptionVi);
        product.DescriptionEn = TextNormalizer.CleanOrNull(form.DescriptionEn);
        product.CategoryCode = form.CategoryCode;
        product.OcopStars = form.OcopStars;
        product.OcopCertificateNumber = form.OcopStars is null ? null : TextNormalizer.CleanOrNull(form.OcopCertificateNumber);
        product.OcopYear = form.OcopStars is null ? null : form.OcopYear;
        product.OriginProvinceCode = form.OriginProvinceCode;
        product.OriginPlace = TextNormalizer.CleanOrNull(form.OriginPlace);
        product.GeographicalIndication = TextNormalizer.CleanOrNull(form.GeographicalIndication);
        product.Unit = form.Unit;
        product.PriceMinVnd = form.PriceMinVnd ?? form.PriceMaxVnd;
        product.PriceMaxVnd = form.PriceMaxVnd ?? form.PriceMinVnd;
        product.MinimumOrder = form.MinimumOrder;
        product.CapacityAmount = form.CapacityAmount;
        product.CapacityUnit = form.CapacityAmount is null ? null : form.CapacityUnit;
        product.CapacityPeriod = form.CapacityAmount is null ? null : form.CapacityPeriod;
        product.HarvestMonths = HarvestMonths.From(form.HarvestMonths);
        product.ShelfLifeDays = form.ShelfLifeDays;
        product.Packaging = TextNormalizer.CleanOrNull(form.Packaging);
        product.ExportMarkets = TextNormalizer.CleanOrNull(form.ExportMarkets);
        product.UpdatedAtUtc = now;
        product.Certificates.RemoveAll(c => !form.CertificateIds.Contains(c.CertificateId));
        foreach (var id in form.CertificateIds.Distinct().Where(id => product.Certificates.All(c => c.CertificateId != id)))
        {
            product.Certificates.Add(new ProductCertificate { CertificateId = id });
        }
    }

    public static ProductForm ToForm(Product p) => new(
        p.NameVi, p.NameEn, p.DescriptionVi, p.DescriptionEn, p.CategoryCode, p.OcopStars, p.OcopCertificateNumber, p.OcopYear,
        p.OriginProvinceCode, p.OriginPlace, p.GeographicalIndication, p.Unit, p.PriceMinVnd, p.PriceMaxVnd, p.MinimumOrder,
        p.CapacityAmount, p.CapacityUnit, p.CapacityPeriod, HarvestMonths.ToList(p.HarvestMonths), p.ShelfLifeDays, p.Packaging,
        p.ExportMarkets, [.. p.Certificates.Select(c => c.CertificateId)]);
}

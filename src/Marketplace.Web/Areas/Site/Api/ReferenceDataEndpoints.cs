using Marketplace.ReferenceData;

namespace Marketplace.Web.Areas.Site.Api;

/// <summary>The lists every other resource refers to: provinces (with the former ones they took in), categories and certificate types.</summary>
internal static class ReferenceDataEndpoints
{
    public static RouteGroupBuilder MapReferenceData(this RouteGroupBuilder api)
    {
        api.MapGet("/provinces", ListProvincesAsync).WithName("ListProvinces").WithSummary("The 34 provinces and cities, each with the former provinces merged into it in 2025.");
        api.MapGet("/categories", ListCategoriesAsync).WithName("ListCategories").WithSummary("The product category taxonomy, in Vietnamese and English.");
        api.MapGet("/certificate-types", ListCertificateTypesAsync).WithName("ListCertificateTypes").WithSummary("Certificate types: VietGAP, GlobalG.A.P., organic, HACCP, ISO 22000, Halal, Fairtrade, Rainforest Alliance, OCOP stars.");
        return api;
    }

    private static async Task<IReadOnlyList<ProvinceDto>> ListProvincesAsync(ReferenceTablesCache referenceTables, CancellationToken cancellationToken)
    {
        var tables = await referenceTables.GetAsync(cancellationToken);
        var byProvince = tables.FormerProvinces.ToLookup(f => f.ProvinceCode, f => f.NameVi);
        return tables.ProvincesInOrder.Select(p => new ProvinceDto(p.Code, p.NameVi, p.NameEn, p.IsCity, byProvince[p.Code].Order(StringComparer.Ordinal).ToList())).ToList();
    }

    private static async Task<IReadOnlyList<CategoryDto>> ListCategoriesAsync(ReferenceTablesCache referenceTables, CancellationToken cancellationToken) =>
        (await referenceTables.GetAsync(cancellationToken)).CategoriesInOrder
            .Select(c => new CategoryDto(c.Code, c.ParentCode, c.NameVi, c.NameEn))
            .ToList();

    private static async Task<IReadOnlyList<CertificateTypeDto>> ListCertificateTypesAsync(ReferenceTablesCache referenceTables, CancellationToken cancellationToken) =>
        (await referenceTables.GetAsync(cancellationToken)).CertificateTypesInOrder
            .Select(c => new CertificateTypeDto(c.Code, c.NameVi, c.NameEn, c.Standard))
            .ToList();
}

public sealed record ProvinceDto(string Code, string NameVi, string NameEn, bool IsCity, IReadOnlyList<string> FormerProvinces);

public sealed record CategoryDto(string Code, string? ParentCode, string NameVi, string NameEn);

public sealed record CertificateTypeDto(string Code, string NameVi, string NameEn, string? Standard);

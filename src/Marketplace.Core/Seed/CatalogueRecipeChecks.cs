using Marketplace.Catalogue;

namespace Marketplace.Seed;

/// <summary>Checks of cooperative profiles and products in the recipes, each naming the file and line of the object at fault.</summary>
internal static class CatalogueRecipeChecks
{
    public static void CheckProfile(Located<OrganisationRecipe> organisation, HashSet<string> categories, HashSet<string> certificateTypes)
    {
        var item = organisation.Item;
        foreach (var sector in (item.Sectors ?? []).Where(s => !categories.Contains(s)))
        {
            throw new SeedException(organisation.File, organisation.Line, $"sector '{sector}' of '{item.Key}' is not a category in {SeedPlan.CategoriesFile}.");
        }

        var certificates = item.Certificates ?? [];
        SeedPlan.Unique(certificates.Select(c => new Located<string>(c.Key, organisation.File, organisation.Line)), key => key, $"certificate key of '{item.Key}'");
        foreach (var certificate in certificates.Where(c => !certificateTypes.Contains(c.Type)))
        {
            throw new SeedException(organisation.File, organisation.Line, $"certificate '{certificate.Key}' of '{item.Key}' has type '{certificate.Type}', which is not in {SeedPlan.CertificateTypesFile}.");
        }
    }

    public static void CheckProduct(
        Located<ProductRecipe> product,
        IReadOnlyDictionary<string, OrganisationRecipe> cooperatives,
        HashSet<string> categories,
        HashSet<string> provinces)
    {
        var item = product.Item;
        void Fail(string problem) => throw new SeedException(product.File, product.Line, $"product '{item.Key}': {problem}");

        if (!cooperatives.TryGetValue(item.Cooperative, out var cooperative))
        {
            Fail($"cooperative '{item.Cooperative}' is not a cooperative in {SeedPlan.OrganisationsFile}.");
            return;
        }

        if (!categories.Contains(item.Category))
        {
            Fail($"category '{item.Category}' is not in {SeedPlan.CategoriesFile}.");
        }

        if (!provinces.Contains(item.OriginProvince))
        {
            Fail($"origin province '{item.OriginProvince}' is not in {SeedPlan.ProvincesFile}.");
        }

        ParseOrFail<SalesUnit>(item.Unit, "unit", Fail);
        ParseOrFail<ProductStatus>(item.Status, "status", Fail);
        if (item.Capacity is { } capacity)
        {
            ParseOrFail<SalesUnit>(capacity.Unit, "capacity unit", Fail);
            ParseOrFail<CapacityPeriod>(capacity.Period, "capacity period", Fail);
        }

        if (item.Ocop is { Stars: < 3 or > 5 } ocop)
        {
            Fail($"OCOP stars must be 3, 4 or 5, not {ocop.Stars}.");
        }

        if (item.Price is { Min: { } min, Max: { } max } && (min < 0 || min > max))
        {
            Fail($"price {min}–{max} is not a range from low to high.");
        }

        if ((item.HarvestMonths ?? []).FirstOrDefault(m => m is < 1 or > 12) is var month and not 0)
        {
            Fail($"harvest month {month} is not 1 to 12.");
        }

        var held = (cooperative.Certificates ?? []).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in (item.Certificates ?? []).Where(k => !held.Contains(k)))
        {
            Fail($"certificate '{key}' is not one of '{item.Cooperative}''s certificates.");
        }

        foreach (var lot in item.Lots ?? [])
        {
            if (lot.Unit is not null)
            {
                ParseOrFail<SalesUnit>(lot.Unit, $"unit of lot '{lot.Code}'", Fail);
            }
        }

        SeedPlan.Unique((item.Lots ?? []).Select(l => new Located<string>(l.Code, product.File, product.Line)), code => code, $"lot code of '{item.Key}'");
    }

    public static T Parse<T>(string value)
        where T : struct, Enum => Enum.Parse<T>(value, ignoreCase: true);

    internal static void ParseOrFail<T>(string value, string what, Action<string> fail)
        where T : struct, Enum
    {
        if (!Enum.TryParse<T>(value, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(value, out _))
        {
            fail($"{what} '{value}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");
        }
    }
}

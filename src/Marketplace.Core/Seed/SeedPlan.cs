using Marketplace.Accounts;
using Marketplace.Localization;

namespace Marketplace.Seed;

/// <summary>Every recipe read and checked against the others before anything is written, so a bad file loads nothing.</summary>
internal sealed class SeedPlan
{
    public required IReadOnlyList<Located<ProvinceRecipe>> Provinces { get; init; }

    public required IReadOnlyList<Located<CategoryRecipe>> Categories { get; init; }

    public required IReadOnlyList<Located<CertificateTypeRecipe>> CertificateTypes { get; init; }

    public required IReadOnlyList<Located<OrganisationRecipe>> Organisations { get; init; }

    public required IReadOnlyList<Located<UserRecipe>> Users { get; init; }

    public required IReadOnlyList<Located<ProductRecipe>> Products { get; init; }

    public required IReadOnlyList<Located<DemandRecipe>> Demands { get; init; }

    /// <summary>Markdown descriptions by organisation key.</summary>
    public required IReadOnlyDictionary<string, string> Descriptions { get; init; }

    public const string ProvincesFile = "reference/provinces.json";
    public const string CategoriesFile = "reference/categories.json";
    public const string CertificateTypesFile = "reference/certificate-types.json";
    public const string OrganisationsFile = "demo/organisations.json";
    public const string UsersFile = "demo/users.json";
    public const string ProductsFile = "demo/products.json";
    public const string DemandsFile = "demo/demands.json";

    public static SeedPlan Read(string root, bool includeDemo)
    {
        var provinces = Normalised(RecipeReader.ReadArray<ProvinceRecipe>(root, ProvincesFile));
        var categories = RecipeReader.ReadArray<CategoryRecipe>(root, CategoriesFile);
        var certificates = RecipeReader.ReadArray<CertificateTypeRecipe>(root, CertificateTypesFile);
        var organisations = includeDemo ? RecipeReader.ReadArray<OrganisationRecipe>(root, OrganisationsFile) : [];
        var users = includeDemo ? RecipeReader.ReadArray<UserRecipe>(root, UsersFile) : [];

        // A site may have demo organisations without a demo catalogue.
        var products = includeDemo && File.Exists(Path.Combine(root, ProductsFile)) ? RecipeReader.ReadArray<ProductRecipe>(root, ProductsFile) : [];
        var demands = includeDemo && File.Exists(Path.Combine(root, DemandsFile)) ? RecipeReader.ReadArray<DemandRecipe>(root, DemandsFile) : [];

        Unique(provinces, p => p.Code, "province code");
        Unique(provinces.SelectMany(p => p.Item.Former.Select(f => p with { Item = p.Item with { Code = f } })), p => p.Code, "former province name");
        Unique(categories, c => c.Code, "category code");
        Unique(certificates, c => c.Code, "certificate type code");
        Unique(organisations, o => o.Key, "organisation key");
        Unique(organisations.Where(o => o.Item.RegistrationNumber is not null), o => TextNormalizer.RegistrationNumber(o.RegistrationNumber)!, "registration number");
        Unique(users, u => u.Email.ToUpperInvariant(), "e-mail address");
        Unique(products, p => p.Key, "product key");
        Unique(demands, d => d.Key, "demand key");

        var categoryCodes = categories.Select(c => c.Item.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var category in categories.Where(c => c.Item.Parent is not null && !categoryCodes.Contains(c.Item.Parent)))
        {
            throw new SeedException(category.File, category.Line, $"category '{category.Item.Code}' names parent '{category.Item.Parent}', which is not in the file.");
        }

        var provinceCodes = provinces.Select(p => p.Item.Code).ToHashSet(StringComparer.Ordinal);
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var organisation in organisations)
        {
            CheckOrganisation(organisation, provinceCodes);
            if (organisation.Item.Description is { } file)
            {
                var path = Path.Combine(root, "demo", file);
                if (!File.Exists(path))
                {
                    throw new SeedException(organisation.File, organisation.Line, $"description file demo/{file} is missing.");
                }

                descriptions[organisation.Item.Key] = TextNormalizer.Clean(File.ReadAllText(path));
            }
        }

        var certificateTypes = certificates.Select(c => c.Item.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var organisation in organisations)
        {
            CatalogueRecipeChecks.CheckProfile(organisation, categoryCodes, certificateTypes);
        }

        var cooperatives = organisations
            .Where(o => string.Equals(o.Item.Type, nameof(OrganisationType.Cooperative), StringComparison.OrdinalIgnoreCase))
            .ToDictionary(o => o.Item.Key, o => o.Item, StringComparer.Ordinal);
        foreach (var product in products)
        {
            CatalogueRecipeChecks.CheckProduct(product, cooperatives, categoryCodes, provinceCodes);
        }

        var buyers = organisations
            .Where(o => string.Equals(o.Item.Type, nameof(OrganisationType.Buyer), StringComparison.OrdinalIgnoreCase))
            .Select(o => o.Item.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var demand in demands)
        {
            DemandRecipeChecks.Check(demand, buyers, categoryCodes, provinceCodes, certificateTypes);
        }

        var organisationKeys = organisations.Select(o => o.Item.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var user in users)
        {
            if (!Roles.All.Contains(user.Item.Role))
            {
                throw new SeedException(user.File, user.Line, $"role '{user.Item.Role}' is not one of {string.Join(", ", Roles.All)}.");
            }

            if (user.Item.Organisation is { } key && !organisationKeys.Contains(key))
            {
                throw new SeedException(user.File, user.Line, $"organisation '{key}' is not in {OrganisationsFile}.");
            }
        }

        return new SeedPlan
        {
            Provinces = provinces,
            Categories = categories,
            CertificateTypes = certificates,
            Organisations = organisations,
            Users = users,
            Products = products,
            Demands = demands,
            Descriptions = descriptions,
        };
    }

    private static void CheckOrganisation(Located<OrganisationRecipe> organisation, HashSet<string> provinceCodes)
    {
        var item = organisation.Item;
        if (!Enum.TryParse<OrganisationType>(item.Type, ignoreCase: true, out var type) || !Enum.IsDefined(type))
        {
            throw new SeedException(organisation.File, organisation.Line, $"type '{item.Type}' is not Cooperative, Buyer or Organiser.");
        }

        if (type == OrganisationType.Cooperative && !Enum.TryParse<CooperativeKind>(item.Kind, ignoreCase: true, out _))
        {
            throw new SeedException(organisation.File, organisation.Line, $"a cooperative needs kind Htx, Lhhtx or Tht, not '{item.Kind}'.");
        }

        if (type == OrganisationType.Buyer && !Enum.TryParse<BuyerKind>(item.Kind, ignoreCase: true, out _))
        {
            throw new SeedException(organisation.File, organisation.Line, $"a buyer needs a kind from {string.Join(", ", Enum.GetNames<BuyerKind>())}, not '{item.Kind}'.");
        }

        if (!provinceCodes.Contains(item.Province))
        {
            throw new SeedException(organisation.File, organisation.Line, $"province '{item.Province}' is not in {ProvincesFile}.");
        }
    }

    private static IReadOnlyList<Located<ProvinceRecipe>> Normalised(IReadOnlyList<Located<ProvinceRecipe>> provinces) =>
        provinces.Select(p => p with
        {
            Item = p.Item with
            {
                Vi = TextNormalizer.Clean(p.Item.Vi),
                Former = p.Item.Former.Select(TextNormalizer.Clean).ToList(),
            },
        }).ToList();

    internal static void Unique<T>(IEnumerable<Located<T>> items, Func<T, string> key, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(key(item.Item)))
            {
                throw new SeedException(item.File, item.Line, $"{what} '{key(item.Item)}' appears twice.");
            }
        }
    }
}

using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.ReferenceData;
using Marketplace.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Seed;

/// <summary>
/// Loads content-seed/ into the database. Idempotent: rows are found by their natural keys and only changed
/// fields are written, so a second load writes nothing. All or nothing: one transaction, after every file is checked.
/// </summary>
internal sealed partial class SeedLoader(
    MarketplaceDbContext db,
    UserManager<MarketplaceUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<SeedOptions> options,
    TimeProvider clock,
    ILogger<SeedLoader> logger)
{
    /// <returns>The number of rows written.</returns>
    public async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var root = settings.ResolvePath();
        var plan = SeedPlan.Read(root, settings.LoadDemoData);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var written = await EnsureRolesAsync();
            written += await UpsertProvincesAsync(plan, cancellationToken);
            written += await UpsertCategoriesAsync(plan, cancellationToken);
            written += await UpsertCertificateTypesAsync(plan, cancellationToken);
            written += await UpsertOrganisationsAsync(plan, cancellationToken);
            written += await UpsertCatalogueAsync(plan, cancellationToken);
            written += await UpsertDemandsAsync(plan, cancellationToken);
            written += await CreateUsersAsync(plan, settings.DemoPassword, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Seed from {Root} loaded: {Written} rows written", root, written);
            return written;
        });
    }

    private async Task<int> EnsureRolesAsync()
    {
        var written = 0;
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
                written++;
            }
        }

        return written;
    }

    private async Task<int> UpsertProvincesAsync(SeedPlan plan, CancellationToken cancellationToken)
    {
        var written = await UpsertAsync(db.Provinces, plan.Provinces, p => p.Code, r => r.Code, r => new Province { Code = r.Code, NameVi = r.Vi, NameEn = r.En }, (province, r, order) =>
        {
            province.NameVi = r.Vi;
            province.NameEn = r.En;
            province.IsCity = r.City;
            province.SortOrder = order;
        }, cancellationToken);

        var former = plan.Provinces.SelectMany(p => p.Item.Former.Select(name => new Located<(string Name, string Code)>((name, p.Item.Code), p.File, p.Line))).ToList();
        return written + await UpsertAsync(db.FormerProvinces, former, f => f.NameVi, r => r.Name, r => new FormerProvince { NameVi = r.Name, ProvinceCode = r.Code }, (row, r, _) => row.ProvinceCode = r.Code, cancellationToken);
    }

    private Task<int> UpsertCategoriesAsync(SeedPlan plan, CancellationToken cancellationToken) =>
        UpsertAsync(db.Categories, plan.Categories, c => c.Code, r => r.Code, r => new Category { Code = r.Code, NameVi = r.Vi, NameEn = r.En }, (category, r, order) =>
        {
            category.ParentCode = r.Parent;
            category.NameVi = TextNormalizer.Clean(r.Vi);
            category.NameEn = r.En;
            category.SortOrder = order;
        }, cancellationToken);

    private Task<int> UpsertCertificateTypesAsync(SeedPlan plan, CancellationToken cancellationToken) =>
        UpsertAsync(db.CertificateTypes, plan.CertificateTypes, c => c.Code, r => r.Code, r => new CertificateType { Code = r.Code, NameVi = r.Vi, NameEn = r.En }, (type, r, order) =>
        {
            type.NameVi = TextNormalizer.Clean(r.Vi);
            type.NameEn = r.En;
            type.Standard = r.Standard;
            type.SortOrder = order;
        }, cancellationToken);

    private Task<int> UpsertOrganisationsAsync(SeedPlan plan, CancellationToken cancellationToken) =>
        UpsertAsync(db.Organisations.Where(o => o.SeedKey != null), plan.Organisations, o => o.SeedKey!, r => r.Key, r => new Organisation
        {
            SeedKey = r.Key,
            Name = r.Name,
            ProvinceCode = r.Province,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        }, (organisation, r, _) =>
        {
            var type = Enum.Parse<OrganisationType>(r.Type, ignoreCase: true);
            organisation.Type = type;
            organisation.CooperativeKind = type == OrganisationType.Cooperative ? Enum.Parse<CooperativeKind>(r.Kind!, ignoreCase: true) : null;
            organisation.BuyerKind = type == OrganisationType.Buyer ? Enum.Parse<BuyerKind>(r.Kind!, ignoreCase: true) : null;
            organisation.Name = TextNormalizer.Clean(r.Name);
            organisation.RegistrationNumber = TextNormalizer.RegistrationNumber(r.RegistrationNumber);
            organisation.ProvinceCode = r.Province;
            organisation.Description = plan.Descriptions.GetValueOrDefault(r.Key);
            organisation.NameEn = r.NameEn;
            organisation.Address = TextNormalizer.CleanOrNull(r.Address);
            organisation.YearFounded = r.YearFounded;
            organisation.MemberCount = r.Members;
            organisation.Sectors = r.Sectors is { Count: > 0 } sectors ? string.Join(',', sectors) : null;
            organisation.Phone = r.Phone;
            organisation.Zalo = r.Zalo;
            organisation.ContactEmail = r.Email;
            organisation.Website = r.Website;

            // The alliance vouches for the seed's organisations: they are public without a member's confirmation.
            organisation.ConfirmedAtUtc ??= organisation.CreatedAtUtc;

            // Verification is only ever added by the seed: an organiser's decision on a live site stands.
            if (r.Verified && organisation.VerifiedAtUtc is null)
            {
                organisation.VerifiedAtUtc = clock.GetUtcNow().UtcDateTime;
            }
        }, cancellationToken);

    /// <summary>
    /// Finds each recipe's row by its natural key, adds the missing ones and applies the recipe (with its position in
    /// the file). EF Core writes only the values that changed, so an unchanged recipe writes nothing.
    /// </summary>
    private async Task<int> UpsertAsync<TEntity, TRecipe>(
        IQueryable<TEntity> existingRows,
        IEnumerable<Located<TRecipe>> recipes,
        Func<TEntity, string> rowKey,
        Func<TRecipe, string> recipeKey,
        Func<TRecipe, TEntity> create,
        Action<TEntity, TRecipe, int> apply,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var existing = (await existingRows.ToListAsync(cancellationToken)).ToDictionary(rowKey, StringComparer.Ordinal);
        var order = 0;
        foreach (var recipe in recipes.Select(r => r.Item))
        {
            if (!existing.TryGetValue(recipeKey(recipe), out var row))
            {
                row = create(recipe);
                db.Add(row);
            }

            apply(row, recipe, ++order);
        }

        return await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Demo people are created once and never overwritten: by then they are somebody's account.</summary>
    private async Task<int> CreateUsersAsync(SeedPlan plan, string? demoPassword, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.Where(o => o.SeedKey != null).ToDictionaryAsync(o => o.SeedKey!, o => o.Id, cancellationToken);
        var written = 0;
        foreach (var located in plan.Users)
        {
            var recipe = located.Item;
            if (await users.FindByEmailAsync(recipe.Email) is not null)
            {
                continue;
            }

            var user = new MarketplaceUser
            {
                UserName = recipe.Email,
                Email = recipe.Email,
                EmailConfirmed = true,
                FullName = TextNormalizer.Clean(recipe.FullName),
                OrganisationId = recipe.Organisation is null ? null : organisations[recipe.Organisation],
                PreferredCulture = recipe.Culture ?? "vi",
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            var created = string.IsNullOrEmpty(demoPassword) ? await users.CreateAsync(user) : await users.CreateAsync(user, demoPassword);
            if (!created.Succeeded)
            {
                throw new SeedException(located.File, located.Line, string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, recipe.Role);
            written++;
        }

        return written;
    }
}

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
internal sealed class SeedLoader(
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
        var existing = await db.Provinces.ToDictionaryAsync(p => p.Code, cancellationToken);
        var order = 0;
        foreach (var recipe in plan.Provinces.Select(p => p.Item))
        {
            if (!existing.TryGetValue(recipe.Code, out var province))
            {
                province = new Province { Code = recipe.Code, NameVi = recipe.Vi, NameEn = recipe.En };
                db.Provinces.Add(province);
            }

            province.NameVi = recipe.Vi;
            province.NameEn = recipe.En;
            province.IsCity = recipe.City;
            province.SortOrder = ++order;
        }

        var written = await db.SaveChangesAsync(cancellationToken);
        var former = await db.FormerProvinces.ToDictionaryAsync(f => f.NameVi, cancellationToken);
        foreach (var (name, code) in plan.Provinces.SelectMany(p => p.Item.Former.Select(f => (f, p.Item.Code))))
        {
            if (former.TryGetValue(name, out var row))
            {
                row.ProvinceCode = code;
            }
            else
            {
                db.FormerProvinces.Add(new FormerProvince { NameVi = name, ProvinceCode = code });
            }
        }

        return written + await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<int> UpsertCategoriesAsync(SeedPlan plan, CancellationToken cancellationToken)
    {
        var existing = await db.Categories.ToDictionaryAsync(c => c.Code, cancellationToken);
        var order = 0;
        foreach (var recipe in plan.Categories.Select(c => c.Item))
        {
            if (!existing.TryGetValue(recipe.Code, out var category))
            {
                category = new Category { Code = recipe.Code, NameVi = recipe.Vi, NameEn = recipe.En };
                db.Categories.Add(category);
            }

            category.ParentCode = recipe.Parent;
            category.NameVi = TextNormalizer.Clean(recipe.Vi);
            category.NameEn = recipe.En;
            category.SortOrder = ++order;
        }

        return await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<int> UpsertCertificateTypesAsync(SeedPlan plan, CancellationToken cancellationToken)
    {
        var existing = await db.CertificateTypes.ToDictionaryAsync(c => c.Code, cancellationToken);
        var order = 0;
        foreach (var recipe in plan.CertificateTypes.Select(c => c.Item))
        {
            if (!existing.TryGetValue(recipe.Code, out var type))
            {
                type = new CertificateType { Code = recipe.Code, NameVi = recipe.Vi, NameEn = recipe.En };
                db.CertificateTypes.Add(type);
            }

            type.NameVi = TextNormalizer.Clean(recipe.Vi);
            type.NameEn = recipe.En;
            type.Standard = recipe.Standard;
            type.SortOrder = ++order;
        }

        return await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<int> UpsertOrganisationsAsync(SeedPlan plan, CancellationToken cancellationToken)
    {
        var existing = await db.Organisations.Where(o => o.SeedKey != null).ToDictionaryAsync(o => o.SeedKey!, cancellationToken);
        foreach (var recipe in plan.Organisations.Select(o => o.Item))
        {
            var type = Enum.Parse<OrganisationType>(recipe.Type, ignoreCase: true);
            if (!existing.TryGetValue(recipe.Key, out var organisation))
            {
                organisation = new Organisation { SeedKey = recipe.Key, Name = recipe.Name, ProvinceCode = recipe.Province, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
                db.Organisations.Add(organisation);
            }

            organisation.Type = type;
            organisation.CooperativeKind = type == OrganisationType.Cooperative ? Enum.Parse<CooperativeKind>(recipe.Kind!, ignoreCase: true) : null;
            organisation.BuyerKind = type == OrganisationType.Buyer ? Enum.Parse<BuyerKind>(recipe.Kind!, ignoreCase: true) : null;
            organisation.Name = TextNormalizer.Clean(recipe.Name);
            organisation.RegistrationNumber = TextNormalizer.RegistrationNumber(recipe.RegistrationNumber);
            organisation.ProvinceCode = recipe.Province;
            organisation.Description = plan.Descriptions.GetValueOrDefault(recipe.Key);
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

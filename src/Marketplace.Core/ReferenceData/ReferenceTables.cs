using Marketplace.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.ReferenceData;

/// <summary>
/// The reference tables (categories, provinces and their former names, certificate types) as one snapshot. They change
/// only when content-seed/ is loaded, at start-up, so searches and match reasons read them from memory instead of
/// asking the database three times per request. Treat the rows as read-only: they are shared by every request.
/// </summary>
public sealed class ReferenceTables
{
    private ReferenceTables(List<Category> categories, List<Province> provinces, List<FormerProvince> formerProvinces, List<CertificateType> certificateTypes)
    {
        Categories = categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        Provinces = provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        FormerProvinces = formerProvinces;
        CertificateTypes = certificateTypes.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Category> Categories { get; }

    public IReadOnlyDictionary<string, Province> Provinces { get; }

    public IReadOnlyList<FormerProvince> FormerProvinces { get; }

    public IReadOnlyDictionary<string, CertificateType> CertificateTypes { get; }

    public static async Task<ReferenceTables> LoadAsync(MarketplaceDbContext db, CancellationToken cancellationToken) =>
        new(
            await db.Categories.AsNoTracking().ToListAsync(cancellationToken),
            await db.Provinces.AsNoTracking().ToListAsync(cancellationToken),
            await db.FormerProvinces.AsNoTracking().ToListAsync(cancellationToken),
            await db.CertificateTypes.AsNoTracking().ToListAsync(cancellationToken));
}

/// <summary>Loads the reference tables once per process, on first use (after the start-up seed has run).</summary>
public sealed class ReferenceTablesCache(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ReferenceTables? loaded;

    public async Task<ReferenceTables> GetAsync(CancellationToken cancellationToken)
    {
        if (loaded is { } ready)
        {
            return ready;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (loaded is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                loaded = await ReferenceTables.LoadAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), cancellationToken);
            }

            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }
}

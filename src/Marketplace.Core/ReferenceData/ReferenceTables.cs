using Marketplace.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.ReferenceData;

/// <summary>
/// The reference tables (categories, provinces and their former names, certificate types) as one snapshot. They change
/// rarely (content-seed/ at start-up, an administrator later), so pages, searches and match reasons read them from
/// memory instead of asking the database on every request. Treat the rows as read-only: they are shared by every request.
/// </summary>
public sealed class ReferenceTables
{
    private ReferenceTables(List<Category> categories, List<Province> provinces, List<FormerProvince> formerProvinces, List<CertificateType> certificateTypes)
    {
        Categories = categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        Provinces = provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        FormerProvinces = formerProvinces;
        CertificateTypes = certificateTypes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        CategoriesInOrder = [.. categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal)];
        TopCategories = [.. CategoriesInOrder.Where(c => c.ParentCode is null)];
        ProvincesInOrder = [.. provinces.OrderBy(p => p.SortOrder).ThenBy(p => p.Code, StringComparer.Ordinal)];
        CertificateTypesInOrder = [.. certificateTypes.OrderBy(t => t.SortOrder).ThenBy(t => t.Code, StringComparer.Ordinal)];
    }

    /// <summary>The types whose saved changes make a snapshot stale.</summary>
    public static IReadOnlySet<Type> Sources { get; } = new HashSet<Type> { typeof(Category), typeof(Province), typeof(FormerProvince), typeof(CertificateType) };

    public IReadOnlyDictionary<string, Category> Categories { get; }

    public IReadOnlyDictionary<string, Province> Provinces { get; }

    public IReadOnlyList<FormerProvince> FormerProvinces { get; }

    public IReadOnlyDictionary<string, CertificateType> CertificateTypes { get; }

    /// <summary>Every category, in the order lists show them (children after the sort order, not under their parent).</summary>
    public IReadOnlyList<Category> CategoriesInOrder { get; }

    /// <summary>The sectors: categories without a parent, in list order.</summary>
    public IReadOnlyList<Category> TopCategories { get; }

    public IReadOnlyList<Province> ProvincesInOrder { get; }

    public IReadOnlyList<CertificateType> CertificateTypesInOrder { get; }

    /// <summary>A category and its direct children: a sector lists its children's products too. Empty for an unknown code.</summary>
    public IReadOnlyList<string> CategoryAndChildren(string code) =>
        [.. CategoriesInOrder.Where(c => c.Code == code || c.ParentCode == code).Select(c => c.Code)];

    public static async Task<ReferenceTables> LoadAsync(MarketplaceDbContext db, CancellationToken cancellationToken) =>
        new(
            await db.Categories.AsNoTracking().ToListAsync(cancellationToken),
            await db.Provinces.AsNoTracking().ToListAsync(cancellationToken),
            await db.FormerProvinces.AsNoTracking().ToListAsync(cancellationToken),
            await db.CertificateTypes.AsNoTracking().ToListAsync(cancellationToken));
}

/// <summary>
/// Loads the reference tables on first use (after the start-up seed has run) and again after a save changed one of
/// them, so an edited category shows at once without a restart.
/// </summary>
public sealed class ReferenceTablesCache(IServiceScopeFactory scopes) : ISavedChangesObserver
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ReferenceTables? loaded;
    private int generation;

    public async Task<ReferenceTables> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref loaded) is { } ready)
        {
            return ready;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            ReferenceTables? current;
            while ((current = Volatile.Read(ref loaded)) is null)
            {
                // A save during the load may have been read half: then the tables are read again.
                var before = Volatile.Read(ref generation);
                await using var scope = scopes.CreateAsyncScope();
                var fresh = await ReferenceTables.LoadAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), cancellationToken);
                if (Volatile.Read(ref generation) == before)
                {
                    Volatile.Write(ref loaded, fresh);
                }
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    public ValueTask SavedAsync(IReadOnlySet<Type> changed, CancellationToken cancellationToken)
    {
        if (changed.Overlaps(ReferenceTables.Sources))
        {
            Interlocked.Increment(ref generation);
            Volatile.Write(ref loaded, null);
        }

        return ValueTask.CompletedTask;
    }
}

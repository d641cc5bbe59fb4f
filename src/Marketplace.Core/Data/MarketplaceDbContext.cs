using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.ReferenceData;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Data;

/// <summary>The one DbContext. Each module brings its own IEntityTypeConfiguration classes.</summary>
/// <param name="searchSources">What the modules registered for search: which saved changes go to the outbox.</param>
public sealed class MarketplaceDbContext(DbContextOptions<MarketplaceDbContext> options, Search.SearchSources searchSources)
    : IdentityDbContext<MarketplaceUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<FormerProvince> FormerProvinces => Set<FormerProvince>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<CertificateType> CertificateTypes => Set<CertificateType>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductPhoto> ProductPhotos => Set<ProductPhoto>();

    public DbSet<ProductCertificate> ProductCertificates => Set<ProductCertificate>();

    public DbSet<Lot> Lots => Set<Lot>();

    public DbSet<Demands.Demand> Demands => Set<Demands.Demand>();

    public DbSet<Search.SearchOutboxEntry> SearchOutbox => Set<Search.SearchOutboxEntry>();

    public DbSet<Matching.MatchNotification> MatchNotifications => Set<Matching.MatchNotification>();

    public DbSet<Matching.DigestDelivery> DigestDeliveries => Set<Matching.DigestDelivery>();

    /// <summary>Data Protection keys live here so that web nodes share them and hold no state of their own.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
    }

    /// <summary>
    /// Every save that touches something searchable also writes outbox entries, in the same transaction, so the
    /// index can never miss a change that the database kept (and an engine that is down loses nothing).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = Search.SearchOutboxWriter.Collect(ChangeTracker, searchSources);
        if (changes.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (ownTransaction)
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            SearchOutbox.AddRange(Search.SearchOutboxWriter.Entries(changes, DateTime.UtcNow));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
    }

    /// <summary>Only Data Protection saves synchronously (its keys are not searchable); searchable changes must use the async path.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        Search.SearchOutboxWriter.Collect(ChangeTracker, searchSources).Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Save searchable changes with SaveChangesAsync: it writes the search outbox in the same transaction.");
}

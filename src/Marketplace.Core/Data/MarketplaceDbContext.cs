using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.ReferenceData;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Data;

/// <summary>The one DbContext. Each module brings its own IEntityTypeConfiguration classes.</summary>
public sealed class MarketplaceDbContext(DbContextOptions<MarketplaceDbContext> options)
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

    /// <summary>Data Protection keys live here so that web nodes share them and hold no state of their own.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
    }
}

using Marketplace.Accounts;
using Marketplace.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Catalogue;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("Certificates");
        builder.Property(c => c.TypeCode).HasMaxLength(40);
        builder.Property(c => c.Number).HasMaxLength(100);
        builder.Property(c => c.Issuer).HasMaxLength(200);
        builder.Property(c => c.Scope).HasMaxLength(300);
        builder.Property(c => c.DocumentMediaKey).HasMaxLength(100);
        builder.Property(c => c.SeedKey).HasMaxLength(100);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CertificateType>().WithMany().HasForeignKey(c => c.TypeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganisationId, c.SeedKey }).IsUnique();
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products");
        builder.Property(p => p.NameVi).HasMaxLength(200);
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.Property(p => p.DescriptionVi).HasMaxLength(20_000);
        builder.Property(p => p.DescriptionEn).HasMaxLength(20_000);
        builder.Property(p => p.CategoryCode).HasMaxLength(60);
        builder.Property(p => p.OcopCertificateNumber).HasMaxLength(100);
        builder.Property(p => p.OriginProvinceCode).HasMaxLength(40);
        builder.Property(p => p.OriginPlace).HasMaxLength(100);
        builder.Property(p => p.GeographicalIndication).HasMaxLength(200);
        builder.Property(p => p.Packaging).HasMaxLength(300);
        builder.Property(p => p.ExportMarkets).HasMaxLength(200);
        builder.Property(p => p.HiddenReason).HasMaxLength(1000);
        builder.Property(p => p.TraceCode).HasMaxLength(20);
        builder.Property(p => p.SeedKey).HasMaxLength(100);
        builder.Property(p => p.MinimumOrder).HasPrecision(18, 3);
        builder.Property(p => p.CapacityAmount).HasPrecision(18, 3);
        builder.HasIndex(p => p.TraceCode).IsUnique();
        builder.HasIndex(p => p.SeedKey).IsUnique();
        builder.HasIndex(p => new { p.Status, p.CategoryCode });
        builder.HasIndex(p => new { p.Status, p.OriginProvinceCode });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(p => p.OriginProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Photos).WithOne().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Certificates).WithOne().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Lots).WithOne().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProductPhotoConfiguration : IEntityTypeConfiguration<ProductPhoto>
{
    public void Configure(EntityTypeBuilder<ProductPhoto> builder)
    {
        builder.ToTable("ProductPhotos");
        builder.Property(p => p.MediaKey).HasMaxLength(100);
        builder.Property(p => p.Widths).HasMaxLength(50);
    }
}

internal sealed class ProductCertificateConfiguration : IEntityTypeConfiguration<ProductCertificate>
{
    public void Configure(EntityTypeBuilder<ProductCertificate> builder)
    {
        builder.ToTable("ProductCertificates");
        builder.HasKey(c => new { c.ProductId, c.CertificateId });

        // Restrict, not cascade: two cascade paths from Organisations would reach this table.
        builder.HasOne(c => c.Certificate).WithMany().HasForeignKey(c => c.CertificateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.ToTable("Lots");
        builder.Property(l => l.Code).HasMaxLength(50);
        builder.Property(l => l.GrowingArea).HasMaxLength(300);
        builder.Property(l => l.TraceCode).HasMaxLength(20);
        builder.Property(l => l.Quantity).HasPrecision(18, 3);
        builder.HasIndex(l => l.TraceCode).IsUnique();
        builder.HasIndex(l => new { l.ProductId, l.Code }).IsUnique();
    }
}

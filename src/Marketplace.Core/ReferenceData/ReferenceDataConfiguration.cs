using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.ReferenceData;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.ToTable("Provinces");
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.Property(p => p.NameVi).HasMaxLength(100);
        builder.Property(p => p.NameEn).HasMaxLength(100);
    }
}

internal sealed class FormerProvinceConfiguration : IEntityTypeConfiguration<FormerProvince>
{
    public void Configure(EntityTypeBuilder<FormerProvince> builder)
    {
        builder.ToTable("FormerProvinces");
        builder.HasKey(p => p.NameVi);
        builder.Property(p => p.NameVi).HasMaxLength(100);
        builder.Property(p => p.ProvinceCode).HasMaxLength(40);
        builder.HasOne<Province>().WithMany().HasForeignKey(p => p.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("Categories");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(60);
        builder.Property(c => c.ParentCode).HasMaxLength(60);
        builder.Property(c => c.NameVi).HasMaxLength(150);
        builder.Property(c => c.NameEn).HasMaxLength(150);
        builder.HasOne<Category>().WithMany().HasForeignKey(c => c.ParentCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CertificateTypeConfiguration : IEntityTypeConfiguration<CertificateType>
{
    public void Configure(EntityTypeBuilder<CertificateType> builder)
    {
        builder.ToTable("CertificateTypes");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.NameVi).HasMaxLength(150);
        builder.Property(c => c.NameEn).HasMaxLength(150);
        builder.Property(c => c.Standard).HasMaxLength(100);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Accounts;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.RegistrationNumber).HasMaxLength(50);
        builder.Property(o => o.ProvinceCode).HasMaxLength(40);
        builder.Property(o => o.Description).HasMaxLength(20_000);
        builder.Property(o => o.SeedKey).HasMaxLength(100);
        builder.Property(o => o.NameEn).HasMaxLength(200);
        builder.Property(o => o.DescriptionEn).HasMaxLength(20_000);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.Property(o => o.Sectors).HasMaxLength(500);
        builder.Property(o => o.Phone).HasMaxLength(30);
        builder.Property(o => o.Zalo).HasMaxLength(30);
        builder.Property(o => o.ContactEmail).HasMaxLength(256);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.LogoMediaKey).HasMaxLength(100);
        builder.Property(o => o.VerifiedByUserId).HasMaxLength(450);
        builder.Property(o => o.HiddenReason).HasMaxLength(1000);
        builder.Ignore(o => o.IsVerified);
        builder.HasIndex(o => o.RegistrationNumber).IsUnique();
        builder.HasIndex(o => o.SeedKey).IsUnique();
        builder.HasOne<ReferenceData.Province>().WithMany().HasForeignKey(o => o.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MarketplaceUserConfiguration : IEntityTypeConfiguration<MarketplaceUser>
{
    public void Configure(EntityTypeBuilder<MarketplaceUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(200);
        builder.Property(u => u.PreferredCulture).HasMaxLength(5);
        builder.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

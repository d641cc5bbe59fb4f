using Marketplace.Accounts;
using Marketplace.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Demands;

internal sealed class DemandConfiguration : IEntityTypeConfiguration<Demand>
{
    public void Configure(EntityTypeBuilder<Demand> builder)
    {
        builder.ToTable("Demands");
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.CategoryCode).HasMaxLength(60);
        builder.Property(d => d.Description).HasMaxLength(5_000);
        builder.Property(d => d.Quantity).HasPrecision(18, 3);
        builder.Property(d => d.DeliveryProvinceCode).HasMaxLength(40);
        builder.Property(d => d.RequiredCertificates).HasMaxLength(400);
        builder.Property(d => d.CreatedByUserId).HasMaxLength(450);
        builder.Property(d => d.SeedKey).HasMaxLength(100);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Category>().WithMany().HasForeignKey(d => d.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(d => d.DeliveryProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.Status, d.ValidUntil });
        builder.HasIndex(d => new { d.OrganisationId, d.SeedKey }).IsUnique();
    }
}

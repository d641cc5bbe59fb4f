using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Inquiries;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public const int MaxTextLength = 5_000;

    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("Inquiries");
        builder.Property(i => i.Quantity).HasPrecision(18, 3);
        builder.Property(i => i.DealQuantity).HasPrecision(18, 3);
        builder.Property(i => i.DeliveryProvinceCode).HasMaxLength(40);
        builder.Property(i => i.RequiredCertificates).HasMaxLength(400);
        builder.Property(i => i.Message).HasMaxLength(MaxTextLength);
        builder.Property(i => i.SpecificationMediaKey).HasMaxLength(100);
        builder.Property(i => i.CreatedByUserId).HasMaxLength(450);
        builder.Property(i => i.Version).IsConcurrencyToken();

        // Restrict: a buyer or cooperative with threads is not deleted under them (the threads are the outcome record).
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.BuyerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.CooperativeOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(i => i.DeliveryProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Demands.Demand>().WithMany().HasForeignKey(i => i.DemandId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Products).WithOne().HasForeignKey(p => p.InquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Events).WithOne().HasForeignKey(e => e.InquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Quotations).WithOne().HasForeignKey(q => q.InquiryId).OnDelete(DeleteBehavior.Cascade);

        // The two inboxes, newest first, and the response-rate window of a cooperative.
        builder.HasIndex(i => new { i.BuyerOrganisationId, i.UpdatedAtUtc });
        builder.HasIndex(i => new { i.CooperativeOrganisationId, i.UpdatedAtUtc });
        builder.HasIndex(i => new { i.CooperativeOrganisationId, i.CreatedAtUtc });
        builder.HasOne<QuotationRequest>().WithMany().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => i.RequestId);
    }
}

internal sealed class InquiryProductConfiguration : IEntityTypeConfiguration<InquiryProduct>
{
    public void Configure(EntityTypeBuilder<InquiryProduct> builder)
    {
        builder.ToTable("InquiryProducts");
        builder.HasKey(p => new { p.InquiryId, p.ProductId });
        builder.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InquiryEventConfiguration : IEntityTypeConfiguration<InquiryEvent>
{
    public void Configure(EntityTypeBuilder<InquiryEvent> builder)
    {
        builder.ToTable("InquiryEvents");
        builder.Property(e => e.ByUserId).HasMaxLength(450);
        builder.Property(e => e.Text).HasMaxLength(InquiryConfiguration.MaxTextLength);
        builder.HasIndex(e => new { e.InquiryId, e.AtUtc });
    }
}

internal sealed class QuotationConfiguration : IEntityTypeConfiguration<Quotation>
{
    public void Configure(EntityTypeBuilder<Quotation> builder)
    {
        builder.ToTable("Quotations");
        builder.Property(q => q.DeliveryPlace).HasMaxLength(200);
        builder.Property(q => q.PaymentTerms).HasMaxLength(500);
        builder.Property(q => q.ByUserId).HasMaxLength(450);
        builder.HasIndex(q => new { q.InquiryId, q.Revision }).IsUnique();
        builder.HasMany(q => q.Lines).WithOne().HasForeignKey(l => l.QuotationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuotationLineConfiguration : IEntityTypeConfiguration<QuotationLine>
{
    public void Configure(EntityTypeBuilder<QuotationLine> builder)
    {
        builder.ToTable("QuotationLines");
        builder.Property(l => l.Quantity).HasPrecision(18, 3);
        builder.Property(l => l.MinimumOrder).HasPrecision(18, 3);
        builder.Property(l => l.Packaging).HasMaxLength(300);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Tiers).WithOne().HasForeignKey(t => t.QuotationLineId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuotationPriceTierConfiguration : IEntityTypeConfiguration<QuotationPriceTier>
{
    public void Configure(EntityTypeBuilder<QuotationPriceTier> builder)
    {
        builder.ToTable("QuotationPriceTiers");
        builder.Property(t => t.FromQuantity).HasPrecision(18, 3);
    }
}

internal sealed class QuotationRequestConfiguration : IEntityTypeConfiguration<QuotationRequest>
{
    public void Configure(EntityTypeBuilder<QuotationRequest> builder)
    {
        builder.ToTable("QuotationRequests");
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.BuyerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Demands.Demand>().WithMany().HasForeignKey(r => r.DemandId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.BuyerOrganisationId);
    }
}

internal sealed class BuyerBlockConfiguration : IEntityTypeConfiguration<BuyerBlock>
{
    public void Configure(EntityTypeBuilder<BuyerBlock> builder)
    {
        builder.ToTable("BuyerBlocks");
        builder.HasKey(b => new { b.CooperativeOrganisationId, b.BuyerOrganisationId });
        builder.Property(b => b.ByUserId).HasMaxLength(450);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(b => b.CooperativeOrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(b => b.BuyerOrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasOne<MarketplaceUser>().WithOne().HasForeignKey<NotificationPreference>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Matching;

public enum MatchDirection
{
    /// <summary>A cooperative is told of a new demand one of its products can fill.</summary>
    DemandForCooperative = 1,

    /// <summary>A buyer is told of new supply that fits one of their open demands.</summary>
    SupplyForBuyer = 2,
}

/// <summary>
/// One demand–product match told to one organisation, once: the unique key (recipient, demand, product) is what
/// keeps a product that is edited ten times from being announced ten times.
/// </summary>
public sealed class MatchNotification
{
    public long Id { get; set; }

    public int RecipientOrganisationId { get; set; }

    public MatchDirection Direction { get; set; }

    public int DemandId { get; set; }

    public int ProductId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }

    /// <summary>Set when the match went out in an e-mail digest.</summary>
    public DateTime? EmailedAtUtc { get; set; }
}

/// <summary>The day (Vietnam time) a person last got a digest e-mail: at most one a day.</summary>
public sealed class DigestDelivery
{
    public required string UserId { get; set; }

    public DateOnly Day { get; set; }

    public DateTime SentAtUtc { get; set; }
}

internal sealed class MatchNotificationConfiguration : IEntityTypeConfiguration<MatchNotification>
{
    public void Configure(EntityTypeBuilder<MatchNotification> builder)
    {
        builder.ToTable("MatchNotifications");
        builder.HasIndex(n => new { n.RecipientOrganisationId, n.DemandId, n.ProductId }).IsUnique();
        builder.HasIndex(n => new { n.EmailedAtUtc, n.RecipientOrganisationId });
        builder.HasOne<Accounts.Organisation>().WithMany().HasForeignKey(n => n.RecipientOrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Demands.Demand>().WithMany().HasForeignKey(n => n.DemandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Catalogue.Product>().WithMany().HasForeignKey(n => n.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        builder.ToTable("DigestDeliveries");
        builder.HasKey(d => new { d.UserId, d.Day });
        builder.Property(d => d.UserId).HasMaxLength(450);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Email.Outbox;

/// <summary>
/// One message to send. Written when a module sends, delivered by <see cref="EmailDelivery"/> at once or, when the
/// transport fails, later with back-off; kept after delivery for <see cref="EmailOptions.KeepSentDays"/> days.
/// </summary>
public sealed class EmailOutboxEntry
{
    public const int AddressLength = 320;
    public const int NameLength = 200;
    public const int SubjectLength = 500;
    public const int LastErrorLength = 1000;

    public long Id { get; set; }

    public required string To { get; set; }

    public required string ToName { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public required string HtmlBody { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the next attempt may start; back-off moves it on after each failure.</summary>
    public DateTime NextAttemptAtUtc { get; set; }

    /// <summary>
    /// Set while one delivery holds the entry, so the request that wrote it and the worker never both send it; an
    /// attempt that died (the process stopped) frees it when this passes.
    /// </summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentAtUtc { get; set; }

    /// <summary>Refused for good, or still failing after <see cref="EmailOptions.MaxAttempts"/> attempts: /health counts it.</summary>
    public DateTime? GaveUpAtUtc { get; set; }

    public string? LastError { get; set; }
}

internal sealed class EmailOutboxEntryConfiguration : IEntityTypeConfiguration<EmailOutboxEntry>
{
    public void Configure(EntityTypeBuilder<EmailOutboxEntry> builder)
    {
        builder.ToTable("EmailOutbox");
        builder.Property(e => e.To).HasMaxLength(EmailOutboxEntry.AddressLength);
        builder.Property(e => e.ToName).HasMaxLength(EmailOutboxEntry.NameLength);
        builder.Property(e => e.Subject).HasMaxLength(EmailOutboxEntry.SubjectLength);
        builder.Property(e => e.LastError).HasMaxLength(EmailOutboxEntry.LastErrorLength);

        // The worker's question: what is due and not done.
        builder.HasIndex(e => new { e.SentAtUtc, e.GaveUpAtUtc, e.NextAttemptAtUtc });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Search;

/// <summary>
/// "This entity changed; bring its search document up to date." Written by the DbContext in the same transaction
/// as the change, drained in id order by the indexing worker, deleted once the engine has taken it.
/// </summary>
public sealed class SearchOutboxEntry
{
    public long Id { get; set; }

    /// <summary>The index the document lives in (<c>products</c>, <c>cooperatives</c>, <c>demands</c>).</summary>
    public required string Index { get; set; }

    public required string EntityId { get; set; }

    public DateTime EnqueuedAtUtc { get; set; }

    /// <summary>The longest <see cref="LastError"/> kept.</summary>
    public const int LastErrorLength = 1000;

    /// <summary>Failed attempts so far; the worker backs off and keeps the entry.</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// Set once the entry has failed <see cref="SearchOptions.OutboxMaxAttempts"/> times while the engine took other
    /// changes: the worker skips it, /health counts it, and a reindex of its index clears it.
    /// </summary>
    public DateTime? ParkedAtUtc { get; set; }

    /// <summary>Why the last attempt failed, cut to <see cref="LastErrorLength"/> characters.</summary>
    public string? LastError { get; set; }
}

internal sealed class SearchOutboxEntryConfiguration : IEntityTypeConfiguration<SearchOutboxEntry>
{
    public void Configure(EntityTypeBuilder<SearchOutboxEntry> builder)
    {
        builder.ToTable("SearchOutbox");
        builder.Property(e => e.Index).HasMaxLength(40);
        builder.Property(e => e.EntityId).HasMaxLength(40);
        builder.Property(e => e.LastError).HasMaxLength(SearchOutboxEntry.LastErrorLength);
        builder.HasIndex(e => e.EnqueuedAtUtc);
    }
}

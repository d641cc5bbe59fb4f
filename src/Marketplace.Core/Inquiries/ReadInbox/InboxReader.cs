using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.ReadInbox;

public sealed record InboxItem(int Id, InquiryParty Viewer, string Counterpart, IReadOnlyList<string> Products, InquiryState State, DateTime UpdatedAtUtc, int Unread, int? RequestId);

public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Page, int PageSize, int Total, int UnreadThreads);

/// <summary>
/// An organisation's threads, both as buyer and as cooperative, newest activity first, with what is unread: the other
/// party's (and the site's) events since this side last opened the thread. Filtered by state and searched in the
/// other party's name, the products' names and the messages.
/// </summary>
public sealed class InboxReader(MarketplaceDbContext db)
{
    public const int PageSize = 20;
    public const int MaxSearchLength = 100;

    /// <summary>Before any thread: "never read" as a date both databases compare.</summary>
    private static readonly DateTime Never = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public async Task<InboxPage> ReadAsync(int organisationId, InquiryState? state, string? search, int page, bool english, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 1, 10_000);
        var threads = db.ThreadsOf(organisationId).AsNoTracking();
        if (state is { } wanted && Enum.IsDefined(wanted))
        {
            threads = threads.Where(i => i.State == wanted);
        }

        if (Localization.TextNormalizer.CleanOrNull(search) is { } words)
        {
            var pattern = $"%{Escape(Localization.TextNormalizer.Shorten(words, MaxSearchLength)).ToLowerInvariant()}%";
            threads = threads.Where(i =>
                db.Organisations.Any(o => (o.Id == i.BuyerOrganisationId || o.Id == i.CooperativeOrganisationId) && o.Id != organisationId && EF.Functions.Like(o.Name.ToLower(), pattern, "\\"))
                || i.Products.Any(ip => db.Products.Any(p => p.Id == ip.ProductId && (EF.Functions.Like(p.NameVi.ToLower(), pattern, "\\") || (p.NameEn != null && EF.Functions.Like(p.NameEn.ToLower(), pattern, "\\")))))
                || i.Events.Any(e => e.Text != null && EF.Functions.Like(e.Text.ToLower(), pattern, "\\")));
        }

        var total = await threads.CountAsync(cancellationToken);
        var rows = await threads.OrderByDescending(i => i.UpdatedAtUtc).ThenByDescending(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new
            {
                i.Id,
                Buyer = i.BuyerOrganisationId == organisationId,
                Counterpart = db.Organisations.Where(o => o.Id == (i.BuyerOrganisationId == organisationId ? i.CooperativeOrganisationId : i.BuyerOrganisationId)).Select(o => english ? o.NameEn ?? o.Name : o.Name).FirstOrDefault(),
                Products = i.Products.Join(db.Products, ip => ip.ProductId, p => p.Id, (ip, p) => english ? p.NameEn ?? p.NameVi : p.NameVi).Take(3).ToList(),
                i.State,
                i.UpdatedAtUtc,
                i.RequestId,
                Unread = i.Events.Count(e => e.Party != (i.BuyerOrganisationId == organisationId ? InquiryParty.Buyer : InquiryParty.Cooperative)
                    && e.AtUtc > ((i.BuyerOrganisationId == organisationId ? i.BuyerReadAtUtc : i.CooperativeReadAtUtc) ?? Never)),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new InboxItem(r.Id, r.Buyer ? InquiryParty.Buyer : InquiryParty.Cooperative, r.Counterpart ?? string.Empty, r.Products, r.State, r.UpdatedAtUtc, r.Unread, r.RequestId)).ToList();
        return new InboxPage(items, page, PageSize, total, await UnreadThreadsAsync(organisationId, cancellationToken));
    }

    /// <summary>How many threads have something this organisation has not read: the count beside "Inquiries" in the menu.</summary>
    public Task<int> UnreadThreadsAsync(int organisationId, CancellationToken cancellationToken) =>
        db.ThreadsOf(organisationId).CountAsync(
            i => i.Events.Any(e => e.Party != (i.BuyerOrganisationId == organisationId ? InquiryParty.Buyer : InquiryParty.Cooperative)
                && e.AtUtc > ((i.BuyerOrganisationId == organisationId ? i.BuyerReadAtUtc : i.CooperativeReadAtUtc) ?? Never)),
            cancellationToken);

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

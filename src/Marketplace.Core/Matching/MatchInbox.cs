using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Matching;

public sealed record MatchInboxItem(
    MatchDirection Direction, int DemandId, string DemandTitle, int ProductId, string ProductName, string ProductSlug,
    int CooperativeId, string CooperativeName, DateTime CreatedAtUtc, bool Unread);

/// <summary>The matches an organisation was told of, newest first: the in-site side of the digest e-mails.</summary>
public sealed class MatchInbox(MarketplaceDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<MatchInboxItem>> ListAsync(int organisationId, bool english, CancellationToken cancellationToken)
    {
        var rows = await (
            from n in db.MatchNotifications.AsNoTracking()
            where n.RecipientOrganisationId == organisationId
            join d in db.Demands on n.DemandId equals d.Id
            join p in db.Products on n.ProductId equals p.Id
            join o in db.Organisations on p.OrganisationId equals o.Id
            orderby n.CreatedAtUtc descending, n.Id descending
            select new { n.Direction, n.DemandId, d.Title, n.ProductId, p.NameVi, p.NameEn, CooperativeId = o.Id, o.Name, CooperativeEn = o.NameEn, n.CreatedAtUtc, n.ReadAtUtc })
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var product = Bilingual.Pick(r.NameVi, r.NameEn, english);
            return new MatchInboxItem(r.Direction, r.DemandId, r.Title, r.ProductId, product, Slugs.For(product), r.CooperativeId,
                Bilingual.Pick(r.Name, r.CooperativeEn, english), r.CreatedAtUtc, r.ReadAtUtc is null);
        }).ToList();
    }

    public Task<int> UnreadCountAsync(int organisationId, CancellationToken cancellationToken) =>
        db.MatchNotifications.CountAsync(n => n.RecipientOrganisationId == organisationId && n.ReadAtUtc == null, cancellationToken);

    public Task<int> MarkAllReadAsync(int organisationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.MatchNotifications.Where(n => n.RecipientOrganisationId == organisationId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
    }
}

using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Inquiries.Notify;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.SendInquiry;

/// <summary>
/// A buyer asks for a quotation: one thread per cooperative whose products it names. Several cooperatives at once (a
/// request for quotation, at most <see cref="QuotationRequest.MaxCooperatives"/>) are grouped under one
/// <see cref="QuotationRequest"/> so their quotes can be compared. Only a confirmed buyer company may send, and not
/// to a cooperative that blocked it. The page and the API share this handler.
/// </summary>
public sealed class SendInquiryHandler(MarketplaceDbContext db, InquiryFormValidator validator, InquiryNotifier notifier, TimeProvider clock)
{
    public async Task<InquirySent> HandleAsync(int organisationId, string userId, InquiryForm form, string? specificationMediaKey, CancellationToken cancellationToken)
    {
        if (!await IsConfirmedBuyerAsync(organisationId, userId, cancellationToken))
        {
            return InquirySent.NotABuyer;
        }

        var (errors, products) = await validator.ValidateAsync(form, cancellationToken);
        if (errors.Count > 0)
        {
            return new InquirySent([], null, errors);
        }

        var cooperatives = products.GroupBy(p => p.CooperativeId).ToList();
        var cooperativeIds = cooperatives.Select(c => c.Key).ToList();
        if (await db.Set<BuyerBlock>().AnyAsync(b => b.BuyerOrganisationId == organisationId && cooperativeIds.Contains(b.CooperativeOrganisationId), cancellationToken))
        {
            return InquirySent.Refused(nameof(form.ProductIds), "Inquiries.Validation.Blocked");
        }

        if (form.DemandId is { } demandId && !await db.Demands.AnyAsync(d => d.Id == demandId && d.OrganisationId == organisationId, cancellationToken))
        {
            return InquirySent.Refused(nameof(form.DemandId), "Inquiries.Validation.DemandUnknown");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var request = cooperatives.Count > 1 ? NewRequest(organisationId, form, await RequestTitleAsync(form, products, cancellationToken), cooperatives.Count, now) : null;
        var inquiries = cooperatives.Select(c => NewInquiry(organisationId, userId, c.Key, c.Select(p => p.Id), form, specificationMediaKey, now)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (request is not null)
        {
            db.Set<QuotationRequest>().Add(request);
            await db.SaveChangesAsync(cancellationToken);
            inquiries.ForEach(i => i.RequestId = request.Id);
        }

        db.Set<Inquiry>().AddRange(inquiries);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        foreach (var inquiry in inquiries)
        {
            await notifier.NotifyAsync(inquiry, inquiry.Events[0], newThread: true, cancellationToken);
        }

        return new InquirySent([.. inquiries.Select(i => i.Id)], request?.Id, []);
    }

    private async Task<bool> IsConfirmedBuyerAsync(int organisationId, string userId, CancellationToken cancellationToken) =>
        await db.Organisations.AnyAsync(o => o.Id == organisationId && o.Type == OrganisationType.Buyer && o.HiddenAtUtc == null && o.ConfirmedAtUtc != null, cancellationToken)
        && await db.Users.AnyAsync(u => u.Id == userId && u.OrganisationId == organisationId && u.EmailConfirmed, cancellationToken);

    /// <summary>The demand's title when sent from a match, else the names of the products asked about.</summary>
    private async Task<string> RequestTitleAsync(InquiryForm form, IReadOnlyList<InquiryFormValidator.AskedProduct> products, CancellationToken cancellationToken)
    {
        if (form.DemandId is { } demandId && await db.Demands.Where(d => d.Id == demandId).Select(d => d.Title).SingleOrDefaultAsync(cancellationToken) is { } title)
        {
            return title;
        }

        var ids = products.Select(p => p.Id).ToList();
        var names = await db.Products.Where(p => ids.Contains(p.Id)).Select(p => p.NameVi).Distinct().Take(3).ToListAsync(cancellationToken);
        return TextNormalizer.Shorten(string.Join(", ", names), 200);
    }

    private static QuotationRequest NewRequest(int organisationId, InquiryForm form, string title, int cooperatives, DateTime now) => new()
    {
        BuyerOrganisationId = organisationId,
        DemandId = form.DemandId,
        Title = title,
        Deadline = form.Deadline!.Value,
        WantedQuotes = form.WantedQuotes ?? cooperatives,
        CreatedAtUtc = now,
    };

    private static Inquiry NewInquiry(int buyerId, string userId, int cooperativeId, IEnumerable<int> productIds, InquiryForm form, string? specification, DateTime now)
    {
        var message = TextNormalizer.CleanOrNull(form.Message);
        return new Inquiry
        {
            BuyerOrganisationId = buyerId,
            CooperativeOrganisationId = cooperativeId,
            DemandId = form.DemandId,
            CreatedByUserId = userId,
            State = InquiryState.Sent,
            Quantity = form.Quantity!.Value,
            Unit = form.Unit!.Value,
            DeliveryProvinceCode = form.DeliveryProvinceCode!,
            DeliveryFrom = form.DeliveryFrom!.Value,
            DeliveryTo = form.DeliveryTo!.Value,
            TargetPriceVnd = form.TargetPriceVnd,
            RequiredCertificates = form.RequiredCertificates.Count == 0 ? null : string.Join(',', form.RequiredCertificates.Distinct()),
            Message = message,
            SpecificationMediaKey = specification,
            Deadline = form.Deadline!.Value,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            BuyerReadAtUtc = now,
            Products = [.. productIds.Select(id => new InquiryProduct { ProductId = id })],
            Events =
            [
                new InquiryEvent { Action = InquiryAction.Message, Party = InquiryParty.Buyer, ByUserId = userId, AtUtc = now, FromState = InquiryState.Sent, ToState = InquiryState.Sent, Text = message },
            ],
        };
    }
}

using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.QuoteInquiry;

/// <summary>
/// The cooperative quotes: some or all of the products asked about, for as much as it can supply. A new quotation
/// supersedes the thread's current one, which stays readable. When a request for quotation has the quotes its buyer
/// wanted, it closes and its threads still waiting are told so.
/// </summary>
public sealed class QuoteInquiryHandler(MarketplaceDbContext db, InquiryMoves moves, QuotationRequests requests, TimeProvider clock)
{
    public async Task<(MoveResult Result, IReadOnlyList<FieldError> Errors)> HandleAsync(int organisationId, string userId, int inquiryId, QuoteForm form, CancellationToken cancellationToken)
    {
        var productIds = await db.ThreadOf(organisationId, inquiryId).SelectMany(i => i.Products.Select(p => p.ProductId)).ToListAsync(cancellationToken);
        var errors = Validate(form, productIds, Cultures.TodayInVietnam(clock));
        if (errors.Count > 0)
        {
            return (new MoveResult(MoveOutcome.Invalid), errors);
        }

        var result = await moves.ApplyAsync(organisationId, userId, inquiryId, InquiryAction.Quote, null, cancellationToken, async (inquiry, recorded, now, ct) =>
        {
            if (inquiry.PartyOf(organisationId) != InquiryParty.Cooperative)
            {
                return new MoveResult(MoveOutcome.NotAllowed, inquiry.State, "Inquiries.Move.NotAllowed");
            }

            var earlier = await db.Set<Quotation>().Where(q => q.InquiryId == inquiry.Id).ToListAsync(ct);
            foreach (var current in earlier.Where(q => q.SupersededAtUtc is null))
            {
                current.SupersededAtUtc = now;
            }

            inquiry.Quotations.Add(ToQuotation(form, userId, now, earlier.Count == 0 ? 1 : earlier.Max(q => q.Revision) + 1));
            return null;
        });
        if (result.Succeeded)
        {
            await requests.CloseIfAnsweredAsync(inquiryId, cancellationToken);
        }

        return (result, []);
    }

    public static IReadOnlyList<FieldError> Validate(QuoteForm form, IReadOnlyCollection<int> askedProducts, DateOnly today)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string key) => errors.Add(new FieldError(field, key));

        if (form.DeliveryTerms is not { } terms || !Enum.IsDefined(terms))
        {
            Fail(nameof(form.DeliveryTerms), "Inquiries.Quote.Validation.Terms");
        }

        if (TextNormalizer.Clean(form.DeliveryPlace).Length > QuoteForm.MaxPlaceLength)
        {
            Fail(nameof(form.DeliveryPlace), "Inquiries.Quote.Validation.PlaceTooLong");
        }

        if (form.LeadTimeDays is not (>= 0 and <= QuoteForm.MaxLeadTimeDays))
        {
            Fail(nameof(form.LeadTimeDays), "Inquiries.Quote.Validation.LeadTime");
        }

        if (TextNormalizer.Clean(form.PaymentTerms).Length > QuoteForm.MaxPaymentTermsLength)
        {
            Fail(nameof(form.PaymentTerms), "Inquiries.Quote.Validation.PaymentTermsTooLong");
        }

        if (form.ValidUntil is not { } validUntil || validUntil < today || validUntil > today.AddDays(QuoteForm.MaxValidDays))
        {
            Fail(nameof(form.ValidUntil), "Inquiries.Quote.Validation.ValidUntil");
        }

        var included = form.Lines.Where(l => l.Include).ToList();
        if (included.Count == 0)
        {
            Fail("Lines", "Inquiries.Quote.Validation.NoLines");
        }

        if (form.Lines.Select(l => l.ProductId).Distinct().Count() != form.Lines.Count || included.Any(l => !askedProducts.Contains(l.ProductId)))
        {
            Fail("Lines", "Inquiries.Quote.Validation.ProductNotAsked");
        }

        for (var i = 0; i < form.Lines.Count; i++)
        {
            if (form.Lines[i].Include)
            {
                ValidateLine(form.Lines[i], $"Lines[{i}].", Fail);
            }
        }

        return errors;
    }

    private static void ValidateLine(QuoteLineForm line, string prefix, Action<string, string> fail)
    {
        if (line.UnitPriceVnd is not (> 0 and <= InquiryForm.MaxPriceVnd))
        {
            fail(prefix + nameof(line.UnitPriceVnd), "Inquiries.Quote.Validation.UnitPrice");
        }

        if (line.Quantity is not (> 0 and <= InquiryForm.MaxQuantity))
        {
            fail(prefix + nameof(line.Quantity), "Inquiries.Validation.Quantity");
        }

        if (line.Unit is not { } unit || !Enum.IsDefined(unit))
        {
            fail(prefix + nameof(line.Unit), "Inquiries.Validation.Unit");
        }

        if (line.MinimumOrder is { } minimum && (minimum <= 0 || (line.Quantity is { } quantity && minimum > quantity)))
        {
            fail(prefix + nameof(line.MinimumOrder), "Inquiries.Quote.Validation.MinimumOrder");
        }

        if (TextNormalizer.Clean(line.Packaging).Length > QuoteForm.MaxPackagingLength)
        {
            fail(prefix + nameof(line.Packaging), "Inquiries.Quote.Validation.PackagingTooLong");
        }

        if (line.SamplePriceVnd is < 0 or > InquiryForm.MaxPriceVnd)
        {
            fail(prefix + nameof(line.SamplePriceVnd), "Inquiries.Quote.Validation.SamplePrice");
        }

        var tiers = line.Tiers.Where(t => t.FromQuantity is not null || t.UnitPriceVnd is not null).ToList();
        if (tiers.Count > QuoteForm.MaxTiers
            || tiers.Any(t => t.FromQuantity is not (> 0 and <= InquiryForm.MaxQuantity) || t.UnitPriceVnd is not (> 0 and <= InquiryForm.MaxPriceVnd))
            || tiers.Select(t => t.FromQuantity).Distinct().Count() != tiers.Count)
        {
            fail(prefix + "Tiers", "Inquiries.Quote.Validation.Tiers");
        }
    }

    private static Quotation ToQuotation(QuoteForm form, string userId, DateTime now, int revision) => new()
    {
        Revision = revision,
        DeliveryTerms = form.DeliveryTerms!.Value,
        DeliveryPlace = TextNormalizer.CleanOrNull(form.DeliveryPlace),
        LeadTimeDays = form.LeadTimeDays!.Value,
        PaymentTerms = TextNormalizer.CleanOrNull(form.PaymentTerms),
        ValidUntil = form.ValidUntil!.Value,
        ByUserId = userId,
        CreatedAtUtc = now,
        Lines =
        [
            .. form.Lines.Where(l => l.Include).Select(l => new QuotationLine
            {
                ProductId = l.ProductId,
                UnitPriceVnd = l.UnitPriceVnd!.Value,
                Quantity = l.Quantity!.Value,
                Unit = l.Unit!.Value,
                MinimumOrder = l.MinimumOrder,
                Packaging = TextNormalizer.CleanOrNull(l.Packaging),
                SamplePriceVnd = l.SamplePriceVnd,
                Tiers = [.. l.Tiers.Where(t => t.FromQuantity is not null).OrderBy(t => t.FromQuantity).Select(t => new QuotationPriceTier { FromQuantity = t.FromQuantity!.Value, UnitPriceVnd = t.UnitPriceVnd!.Value })],
            }),
        ],
    };
}

using Marketplace.Accounts.SignUp;
using Marketplace.Catalogue;
using Marketplace.Catalogue.Browse;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries;

/// <summary>The rules of an <see cref="InquiryForm"/>, for the page and the API; the products it names are read once here.</summary>
public sealed class InquiryFormValidator(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>A product that may be asked about: published, visible, of a visible cooperative.</summary>
    public sealed record AskedProduct(int Id, int CooperativeId);

    public async Task<(IReadOnlyList<FieldError> Errors, IReadOnlyList<AskedProduct> Products)> ValidateAsync(InquiryForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string key) => errors.Add(new FieldError(field, key));

        var products = await ProductsAsync(form, Fail, cancellationToken);

        if (form.Quantity is not (> 0 and <= InquiryForm.MaxQuantity))
        {
            Fail(nameof(form.Quantity), "Inquiries.Validation.Quantity");
        }

        if (form.Unit is not { } unit || !Enum.IsDefined(unit))
        {
            Fail(nameof(form.Unit), "Inquiries.Validation.Unit");
        }

        if (string.IsNullOrEmpty(form.DeliveryProvinceCode) || !await db.Provinces.AnyAsync(p => p.Code == form.DeliveryProvinceCode, cancellationToken))
        {
            Fail(nameof(form.DeliveryProvinceCode), "Validation.ProvinceUnknown");
        }

        CheckDates(form, Cultures.TodayInVietnam(clock), Fail);

        var certificates = form.RequiredCertificates.Distinct().ToList();
        if (certificates.Count > 0 && await db.CertificateTypes.CountAsync(t => certificates.Contains(t.Code), cancellationToken) != certificates.Count)
        {
            Fail(nameof(form.RequiredCertificates), "Inquiries.Validation.CertificateUnknown");
        }

        if (form.TargetPriceVnd is < 0 or > InquiryForm.MaxPriceVnd)
        {
            Fail(nameof(form.TargetPriceVnd), "Inquiries.Validation.TargetPrice");
        }

        if (TextNormalizer.Clean(form.Message).Length > InquiryForm.MaxMessageLength)
        {
            Fail(nameof(form.Message), "Inquiries.Validation.MessageTooLong");
        }

        var cooperatives = products.Select(p => p.CooperativeId).Distinct().Count();
        if (form.WantedQuotes is { } wanted && (wanted < 1 || wanted > Math.Max(cooperatives, 1)))
        {
            Fail(nameof(form.WantedQuotes), "Inquiries.Validation.WantedQuotes");
        }

        return (errors, products);
    }

    private async Task<IReadOnlyList<AskedProduct>> ProductsAsync(InquiryForm form, Action<string, string> fail, CancellationToken cancellationToken)
    {
        var ids = form.ProductIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            fail(nameof(form.ProductIds), "Inquiries.Validation.ProductsRequired");
            return [];
        }

        if (ids.Count > InquiryForm.MaxProducts)
        {
            fail(nameof(form.ProductIds), "Inquiries.Validation.TooManyProducts");
            return [];
        }

        var products = await db.Products.AsNoTracking().PubliclyVisible(db).Where(p => ids.Contains(p.Id))
            .Select(p => new AskedProduct(p.Id, p.OrganisationId)).ToListAsync(cancellationToken);
        if (products.Count != ids.Count)
        {
            fail(nameof(form.ProductIds), "Inquiries.Validation.ProductUnavailable");
        }
        else if (products.Select(p => p.CooperativeId).Distinct().Count() > QuotationRequest.MaxCooperatives)
        {
            fail(nameof(form.ProductIds), "Inquiries.Validation.TooManyCooperatives");
        }

        return products;
    }

    private static void CheckDates(InquiryForm form, DateOnly today, Action<string, string> fail)
    {
        if (form.DeliveryFrom is not { } from)
        {
            fail(nameof(form.DeliveryFrom), "Inquiries.Validation.DeliveryFromRequired");
        }
        else if (from < today)
        {
            fail(nameof(form.DeliveryFrom), "Inquiries.Validation.DeliveryFromPast");
        }

        if (form.DeliveryTo is not { } to)
        {
            fail(nameof(form.DeliveryTo), "Inquiries.Validation.DeliveryToRequired");
        }
        else if (form.DeliveryFrom is { } start && start > to)
        {
            fail(nameof(form.DeliveryTo), "Inquiries.Validation.DeliveryWindow");
        }
        else if (to > today.AddYears(2))
        {
            fail(nameof(form.DeliveryTo), "Inquiries.Validation.DeliveryTooFar");
        }

        if (form.Deadline is not { } deadline)
        {
            fail(nameof(form.Deadline), "Inquiries.Validation.DeadlineRequired");
        }
        else if (deadline < today || deadline > today.AddDays(InquiryForm.MaxDeadlineDays))
        {
            fail(nameof(form.Deadline), "Inquiries.Validation.DeadlineRange");
        }
    }
}

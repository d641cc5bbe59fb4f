using Marketplace.Data;
using Marketplace.Inquiries.ReadThread;
using Marketplace.Inquiries.SendInquiry;
using Marketplace.Localization;
using Marketplace.ReferenceData;
using Marketplace.Web.Areas.Inquiries.Models;
using Marketplace.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Areas.Inquiries;

/// <summary>Builds the inquiry pages' models: the products to choose from and the lists of the form, a thread's links.</summary>
public sealed class InquiryPages(InquiryCandidates candidates, ReferenceTablesCache referenceTables, IOptions<MarketplaceOptions> options, TimeProvider clock)
{
    /// <param name="prefill">A first visit starts from the demand's terms (or sensible dates); a refused post keeps what was sent.</param>
    /// <returns>Null when there is nothing the buyer may ask about there (no such product, cooperative or own demand).</returns>
    public async Task<NewInquiryPage?> NewAsync(int buyerId, InquiryFormModel form, bool prefill, CancellationToken cancellationToken)
    {
        var english = Cultures.CurrentIsEnglish;
        var today = Cultures.TodayInVietnam(clock);
        DemandTerms? demand = null;
        IReadOnlyList<CandidateCooperative> cooperatives;
        if (form.DemandId is { } demandId)
        {
            if (await candidates.ForDemandAsync(buyerId, demandId, form.ProductIds, english, cancellationToken) is not { } found)
            {
                return null;
            }

            (demand, cooperatives) = found;
        }
        else
        {
            // A post without where it came from (an API-like client) still shows the cooperative of what it chose.
            var fromProduct = form.FromProduct ?? (form.FromCooperative is null ? form.ProductIds.FirstOrDefault() : null);
            cooperatives = await candidates.ForCooperativeAsync(form.FromCooperative, fromProduct, form.ProductIds, english, cancellationToken);
        }

        if (cooperatives.Count == 0 && demand is null)
        {
            return null;
        }

        if (prefill)
        {
            Prefill(form, demand, cooperatives, today);
        }

        var tables = await referenceTables.GetAsync(cancellationToken);
        return new NewInquiryPage(
            form,
            cooperatives,
            demand,
            ReferenceLists.Provinces(tables, english, form.DeliveryProvinceCode),
            tables.CertificateTypesInOrder.Select(t => (t.Code, t.Name(english))).ToList(),
            today);
    }

    public ThreadPage Thread(ThreadView thread, RefusedMove? refused)
    {
        var link = Marketplace.Inquiries.Notify.InquiryNotifier.ThreadLink(options.Value, Cultures.CurrentIsEnglish, thread.Id);
        return new ThreadPage(thread, link, ShareLinks.Zalo(link), refused);
    }

    private static void Prefill(InquiryFormModel form, DemandTerms? demand, IReadOnlyList<CandidateCooperative> cooperatives, DateOnly today)
    {
        if (demand is not null)
        {
            form.Quantity = demand.Quantity;
            form.Unit = demand.Unit;
            form.DeliveryProvinceCode = demand.DeliveryProvinceCode;
            form.DeliveryFrom = demand.DeliveryFrom < today ? today : demand.DeliveryFrom;
            form.DeliveryTo = demand.DeliveryTo < today ? today : demand.DeliveryTo;
            form.TargetPriceVnd = demand.TargetPriceVnd;
            form.RequiredCertificates = [.. demand.RequiredCertificates];
            form.Deadline = demand.ValidUntil < today ? today.AddDays(7) : demand.ValidUntil > today.AddDays(Marketplace.Inquiries.InquiryForm.MaxDeadlineDays) ? today.AddDays(14) : demand.ValidUntil;
            form.WantedQuotes = Math.Min(3, Math.Max(cooperatives.Count, 1));
        }
        else
        {
            form.Unit = cooperatives.SelectMany(c => c.Products).FirstOrDefault(p => p.Chosen)?.Unit ?? cooperatives.SelectMany(c => c.Products).FirstOrDefault()?.Unit;
            form.DeliveryFrom = today.AddDays(7);
            form.DeliveryTo = today.AddDays(37);
            form.Deadline = today.AddDays(7);
        }

        form.ProductIds = [.. cooperatives.SelectMany(c => c.Products).Where(p => p.Chosen).Select(p => p.Id)];
    }
}

/// <summary>Share links to chat apps, in one place: Zalo is how Vietnamese businesses pass a link on.</summary>
public static class ShareLinks
{
    /// <summary>Zalo's share page for a web address (its share plugin's endpoint); opens Zalo on phones that have it.</summary>
    public static string Zalo(string url) => $"https://sp.zalo.me/share_inline?url={Uri.EscapeDataString(url)}";
}

using Marketplace.Catalogue.ListLots;
using Marketplace.Catalogue.Trace;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Areas.Catalogue.Components;

/// <summary>
/// The "Lots" section of the product edit page: the product's lots with their QR codes and a form to add one. A view
/// component so the product editor's controller need not know about lots; scoped by the member's organisation like
/// every lot query. The organisation is the one the page's action was given ([FromMemberOrganisation]), passed in by
/// the view: a view component has no model binding, and the page never renders without one.
/// </summary>
public sealed class LotsViewComponent(ListLotsHandler lots, TraceReader trace) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int organisation, int productId, string traceCode)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await lots.HandleAsync(organisation, productId, cancellationToken) is not { } list)
        {
            return Content(string.Empty);
        }

        return View(new LotsSection(productId, traceCode, await trace.IsPublicAsync(traceCode, cancellationToken), list));
    }
}

/// <summary>The section's model; <see cref="Public"/> says whether the QR codes lead anywhere yet.</summary>
public sealed record LotsSection(int ProductId, string TraceCode, bool Public, IReadOnlyList<LotView> Lots);

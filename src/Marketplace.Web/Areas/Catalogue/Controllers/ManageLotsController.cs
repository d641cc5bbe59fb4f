using Marketplace.Accounts;
using Marketplace.Catalogue.AddLot;
using Marketplace.Catalogue.DeleteLot;
using Marketplace.Catalogue.GetOwnProductName;
using Marketplace.Catalogue.ListLots;
using Marketplace.Catalogue.LoadLot;
using Marketplace.Catalogue.PrintLabels;
using Marketplace.Catalogue.Trace;
using Marketplace.Catalogue.UpdateLot;
using Marketplace.Localization;
using Marketplace.Web.Areas.Catalogue.Models;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Catalogue.Controllers;

/// <summary>
/// Lots of a cooperative's own products and their printable labels. Ownership is checked in every call
/// (each use-case handler scopes each query by the member's organisation), so another cooperative's product or lot
/// answers 404 here, never its data. A member without an organisation gets the same 404 ([FromMemberOrganisation]).
/// </summary>
[Area("Catalogue")]
[Authorize(Roles = Roles.Cooperative)]
[Route("manage/products/{id:int}")]
public sealed class ManageLotsController(ListLotsHandler lots, GetOwnProductNameHandler productName, IStringLocalizer<Text> text) : Controller
{
    /// <summary>3 × 8 labels of 63.5 × 33.9 mm: the common A4 label sheet (e.g. Avery L7159, Tomy 104).</summary>
    public const int LabelsPerPage = 24;

    [HttpGet("lots/new")]
    public async Task<IActionResult> New([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, CancellationToken cancellationToken)
    {
        if (await lots.HandleAsync(organisation, id, cancellationToken) is null)
        {
            return NotFound();
        }

        return View("Edit", await PageAsync(organisation, id, null, new LotFormModel(), null, cancellationToken));
    }

    [HttpPost("lots")]
    public async Task<IActionResult> Create([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, LotFormModel form, [FromServices] AddLotHandler addLot, [FromServices] LotFormValidator validator, CancellationToken cancellationToken)
    {
        if (await lots.HandleAsync(organisation, id, cancellationToken) is null)
        {
            return NotFound();
        }

        var quantity = QuantityOf(form);
        if (ModelState.IsValid)
        {
            var change = await addLot.HandleAsync(organisation, id, form.ToForm(quantity), cancellationToken);
            if (change.IsNotFound)
            {
                return NotFound();
            }

            if (change.Succeeded)
            {
                TempData["Notice"] = text["Lot.Added"].Value;
                return Redirect(Url.Content($"~/manage/products/{id}#lots"));
            }

            ModelState.AddFieldErrors(change.Errors, text);
        }
        else
        {
            ModelState.AddFieldErrors(await validator.CheckAsync(organisation, id, null, form.ToForm(quantity), cancellationToken), text);
        }

        // The add form sits on the product page; with mistakes it comes back on a page of its own, values kept.
        return View("Edit", await PageAsync(organisation, id, null, form, null, cancellationToken));
    }

    [HttpGet("lots/{lotId:int}")]
    public async Task<IActionResult> Edit([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, int lotId, [FromServices] LoadLotHandler loadLot, CancellationToken cancellationToken)
    {
        if (await loadLot.HandleAsync(organisation, id, lotId, cancellationToken) is not { } lot)
        {
            return NotFound();
        }

        return View(await PageAsync(organisation, id, lotId, LotFormModel.From(lot), lot.TraceCode, cancellationToken));
    }

    [HttpPost("lots/{lotId:int}")]
    public async Task<IActionResult> Update([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, int lotId, LotFormModel form, [FromServices] LoadLotHandler loadLot, [FromServices] UpdateLotHandler updateLot, [FromServices] LotFormValidator validator, CancellationToken cancellationToken)
    {
        if (await loadLot.HandleAsync(organisation, id, lotId, cancellationToken) is not { } lot)
        {
            return NotFound();
        }

        var quantity = QuantityOf(form);
        if (ModelState.IsValid)
        {
            var change = await updateLot.HandleAsync(organisation, id, lotId, form.ToForm(quantity), cancellationToken);
            if (change.IsNotFound)
            {
                return NotFound();
            }

            if (change.Succeeded)
            {
                TempData["Notice"] = text["Lot.Saved"].Value;
                return Redirect(Url.Content($"~/manage/products/{id}#lots"));
            }

            ModelState.AddFieldErrors(change.Errors, text);
        }
        else
        {
            ModelState.AddFieldErrors(await validator.CheckAsync(organisation, id, lotId, form.ToForm(quantity), cancellationToken), text);
        }

        return View("Edit", await PageAsync(organisation, id, lotId, form, lot.TraceCode, cancellationToken));
    }

    [HttpPost("lots/{lotId:int}/delete")]
    public async Task<IActionResult> Delete([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, int lotId, [FromServices] DeleteLotHandler deleteLot, CancellationToken cancellationToken)
    {
        if (!await deleteLot.HandleAsync(organisation, id, lotId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = text["Lot.Deleted"].Value;
        return Redirect(Url.Content($"~/manage/products/{id}#lots"));
    }

    /// <summary>An A4 sheet of labels for the product, or for one of its lots with <paramref name="lot"/>.</summary>
    [HttpGet("labels")]
    public async Task<IActionResult> Labels([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, int? lot, [FromServices] PrintLabelsHandler printLabels, CancellationToken cancellationToken)
    {
        var sheet = await printLabels.HandleAsync(organisation, id, lot, LabelsPerPage, pages: 1, Cultures.CurrentIsEnglish, cancellationToken);
        return sheet is null ? NotFound() : View(sheet);
    }

    /// <summary>The quantity posted, or null with a model error when it is not a number.</summary>
    private decimal? QuantityOf(LotFormModel form)
    {
        if (form.TryGetQuantity(out var quantity))
        {
            return quantity;
        }

        ModelState.AddModelError(nameof(form.Quantity), text["Lot.Validation.QuantityRange"]);
        return null;
    }

    private async Task<LotFormPage> PageAsync(int organisation, int id, int? lotId, LotFormModel form, string? traceCode, CancellationToken cancellationToken)
    {
        var name = await productName.HandleAsync(organisation, id, Cultures.CurrentIsEnglish, cancellationToken);
        return new LotFormPage(id, name ?? string.Empty, lotId, form, traceCode);
    }
}

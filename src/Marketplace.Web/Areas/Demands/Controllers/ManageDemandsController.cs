using System.Security.Claims;
using Marketplace.Accounts.SignUp;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Demands;
using Marketplace.Demands.CloseDemand;
using Marketplace.Demands.EditDemand;
using Marketplace.Demands.ListOwnDemands;
using Marketplace.Demands.LoadOwnDemand;
using Marketplace.Demands.PostDemand;
using Marketplace.Localization;
using Marketplace.ReferenceData;
using Marketplace.Web.Areas.Demands.Models;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Demands.Controllers;

/// <summary>
/// A buyer's own demands. Ownership is checked in every handler call (each use-case handler scopes each query by
/// the member's organisation), so another buyer's demand answers 404 here, never its data. A member without an
/// organisation never reaches an action ([FromMemberOrganisation]: 403, or 404 for closing a demand by id).
/// </summary>
[Area("Demands")]
[Authorize(Roles = Roles.Buyer)]
[Route("manage/demands")]
public sealed class ManageDemandsController(LoadOwnDemandHandler load, MarketplaceDbContext db, ReferenceTablesCache referenceTables, IStringLocalizer<Text> text, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromMemberOrganisation] int organisation, [FromServices] ListOwnDemandsHandler list, CancellationToken cancellationToken) =>
        View(await list.HandleAsync(organisation, cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> New([FromMemberOrganisation] int organisation, CancellationToken cancellationToken) =>
        View("Edit", await PageAsync(organisation, null, DemandFormModel.Blank(Cultures.TodayInVietnam(clock)), null, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create([FromMemberOrganisation] int organisation, DemandFormModel form, [FromServices] PostDemandHandler post, [FromServices] DemandFormValidator validator, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var change = await post.HandleAsync(organisation, User.FindFirstValue(ClaimTypes.NameIdentifier), form.ToForm(), cancellationToken);
            if (change.IsNotABuyer)
            {
                return Forbid();
            }

            if (change.Succeeded)
            {
                TempData["Notice"] = text["Demands.Posted"].Value;
                return Redirect(Url.Content($"~/manage/demands/{change.DemandId}/edit"));
            }

            ModelState.AddFieldErrors(change.Errors, text);
        }
        else
        {
            ModelState.AddFieldErrors(await validator.ValidateAsync(form.ToForm(), cancellationToken), text);
        }

        return View("Edit", await PageAsync(organisation, null, form, null, cancellationToken));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit([FromMemberOrganisation] int organisation, int id, CancellationToken cancellationToken)
    {
        var demand = await load.HandleAsync(organisation, id, cancellationToken);
        return demand is null ? NotFound() : View(await PageAsync(organisation, id, DemandFormModel.From(demand.Form), demand.State, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Update([FromMemberOrganisation] int organisation, int id, DemandFormModel form, [FromServices] EditDemandHandler edit, [FromServices] DemandFormValidator validator, CancellationToken cancellationToken)
    {
        // Ownership first: another buyer's demand is not found, whatever was posted.
        var existing = await load.HandleAsync(organisation, id, cancellationToken);
        if (existing is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var change = await edit.HandleAsync(organisation, id, form.ToForm(), cancellationToken);
            if (change.IsNotFound)
            {
                return NotFound();
            }

            if (change.Succeeded)
            {
                TempData["Notice"] = text["Demands.Saved"].Value;
                return Redirect(Url.Content($"~/manage/demands/{id}/edit"));
            }

            ModelState.AddFieldErrors(change.Errors, text);
        }
        else
        {
            ModelState.AddFieldErrors(await validator.ValidateAsync(form.ToForm(), cancellationToken), text);
        }

        return View("Edit", await PageAsync(organisation, id, form, existing.State, cancellationToken));
    }

    [HttpPost("{id:int}/close")]
    public async Task<IActionResult> Close([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, [FromServices] CloseDemandHandler close, CancellationToken cancellationToken)
    {
        if (!await close.HandleAsync(organisation, id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = text["Demands.ClosedNotice"].Value;
        return Redirect(Url.Content($"~/manage/demands/{id}/edit"));
    }

    private async Task<DemandFormPage> PageAsync(int organisation, int? id, DemandFormModel form, DemandState? state, CancellationToken cancellationToken)
    {
        var english = Cultures.CurrentIsEnglish;
        var tables = await referenceTables.GetAsync(cancellationToken);
        var buyer = await db.Organisations.AsNoTracking().Where(o => o.Id == organisation)
            .Select(o => new { o.BuyerKind, o.ProvinceCode })
            .SingleAsync(cancellationToken);
        return new DemandFormPage(
            id,
            form,
            state,
            buyer.BuyerKind,
            tables.Provinces[buyer.ProvinceCode].Name(english),
            ReferenceLists.Categories(tables, english, form.CategoryCode),
            ReferenceLists.Provinces(tables, english, form.DeliveryProvinceCode),
            tables.CertificateTypesInOrder.Where(t => !DemandStates.IsOcopRating(t.Code)).Select(t => (t.Code, t.Name(english))).ToList(),
            Cultures.TodayInVietnam(clock));
    }
}

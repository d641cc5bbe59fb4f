using Marketplace.Accounts;
using Marketplace.Catalogue.Browse;
using Marketplace.Data;
using Marketplace.Demands.Browse;
using Marketplace.Localization;
using Marketplace.Matching;
using Marketplace.ReferenceData;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Areas.Demands.Controllers;

/// <summary>The public demands: what buyers are asking for now, by category and delivery province, and each demand's page.</summary>
[Area("Demands")]
public sealed class DemandsController(DemandReader demands, ReferenceTablesCache referenceTables, DemandMatchesReader matches, CurrentMember member) : Controller
{
    private const int PageSize = 24;

    [HttpGet("/demands")]
    public async Task<IActionResult> Index(string? category, string? province, int page = 1, CancellationToken cancellationToken = default)
    {
        var english = Cultures.CurrentIsEnglish;
        var tables = await referenceTables.GetAsync(cancellationToken);
        return View(new DemandsViewModel(
            await demands.BrowseAsync(category, province, page, PageSize, english, cancellationToken),
            category,
            province,
            ReferenceLists.Sectors(tables, english, category),
            ReferenceLists.Provinces(tables, english, province)));
    }

    /// <summary>A closed or expired demand still answers, saying so: its address may have been shared on Zalo the day before.</summary>
    [HttpGet("/demands/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var english = Cultures.CurrentIsEnglish;
        if (await demands.DemandAsync(id, english, cancellationToken) is not { } demand)
        {
            return NotFound();
        }

        // The buyer who posted it (and staff) see the products that can fill it; everyone else sees the demand only.
        var staff = User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Organiser);
        var supply = User.Identity?.IsAuthenticated == true
            ? await matches.ReadAsync(id, await member.OrganisationIdAsync(cancellationToken), staff, english, DemandMatchesReader.DefaultTake, cancellationToken)
            : null;
        return View(new DemandPage(demand, supply));
    }
}

public sealed record DemandPage(DemandDetails Demand, IReadOnlyList<SupplyMatchView>? Matches);

public sealed record DemandsViewModel(
    Paged<DemandCard> Demands,
    string? Category,
    string? Province,
    IReadOnlyList<SelectListItem> Categories,
    IReadOnlyList<SelectListItem> Provinces)
{
    public string PageUrl(int page) => BrowseLinks.PageUrl(Category, Province, page);
}

using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.ReferenceData;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Areas.Site.Controllers;

[Area("Site")]
public sealed class HomeController(MarketplaceDbContext db, ReferenceTablesCache referenceTables, TimeProvider clock) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PageCaching.PublicPage)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await db.Organisations.AsNoTracking()
            .GroupBy(o => o.Type)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Type, g => g.Count, cancellationToken);
        var tables = await referenceTables.GetAsync(cancellationToken);
        return View(new HomeViewModel(
            Cooperatives: counts.GetValueOrDefault(OrganisationType.Cooperative),
            Buyers: counts.GetValueOrDefault(OrganisationType.Buyer),
            Provinces: tables.Provinces.Count,
            Categories: tables.TopCategories.Count,
            AsOf: clock.GetLocalNow().DateTime));
    }
}

public sealed record HomeViewModel(int Cooperatives, int Buyers, int Provinces, int Categories, DateTime AsOf)
{
    // The national picture from the alliance's figures (DOMAIN.md): 2022.
    public const int CooperativesNationally = 29_021;
    public const long AverageCharteredCapitalVnd = 1_860_000_000;
    public const int MemberHouseholds = 6_940_000;
}

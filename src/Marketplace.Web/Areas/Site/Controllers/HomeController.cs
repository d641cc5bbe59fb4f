using Marketplace.Accounts;
using Marketplace.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Areas.Site.Controllers;

[Area("Site")]
public sealed class HomeController(MarketplaceDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await db.Organisations.AsNoTracking()
            .GroupBy(o => o.Type)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Type, g => g.Count, cancellationToken);
        return View(new HomeViewModel(
            Cooperatives: counts.GetValueOrDefault(OrganisationType.Cooperative),
            Buyers: counts.GetValueOrDefault(OrganisationType.Buyer),
            Provinces: await db.Provinces.CountAsync(cancellationToken),
            Categories: await db.Categories.CountAsync(c => c.ParentCode == null, cancellationToken),
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

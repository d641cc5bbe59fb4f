using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Controllers;

/// <summary>
/// The header's search box. Until the search engine indexes the catalogue, it looks through the cooperatives'
/// names and provinces, marks and case aside, so "ca phe" finds "Cà phê" from the first day.
/// </summary>
public sealed class SearchController(MarketplaceDbContext db) : Controller
{
    private const int MaxResults = 50;

    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = TextNormalizer.Clean(q);
        if (query.Length > 200)
        {
            query = query[..200];
        }

        var english = Cultures.CurrentIsEnglish;
        var cooperatives = await db.Organisations.AsNoTracking()
            .Where(o => o.Type == OrganisationType.Cooperative)
            .Join(db.Provinces, o => o.ProvinceCode, p => p.Code, (o, p) => new { o.Name, o.CooperativeKind, o.ProvinceCode, Province = english ? p.NameEn : p.NameVi, p.NameVi })
            .ToListAsync(cancellationToken);

        // Former provinces ("Bình Thuận", now part of Lâm Đồng) still find what lies in them today.
        var former = (await db.FormerProvinces.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(f => f.ProvinceCode, f => f.NameVi);
        var hits = query.Length == 0
            ? []
            : cooperatives
                .Where(c => VietnameseFolding.ContainsAllWords($"{c.Name} {c.Province} {c.NameVi} {string.Join(' ', former[c.ProvinceCode])}", query))
                .OrderBy(c => c.Name, StringComparer.Create(Thread.CurrentThread.CurrentCulture, ignoreCase: true))
                .Take(MaxResults)
                .Select(c => new SearchHit(c.Name, c.CooperativeKind, c.Province))
                .ToList();
        return View(new SearchViewModel(query, hits));
    }
}

public sealed record SearchHit(string Name, CooperativeKind? Kind, string Province);

public sealed record SearchViewModel(string Query, IReadOnlyList<SearchHit> Hits);

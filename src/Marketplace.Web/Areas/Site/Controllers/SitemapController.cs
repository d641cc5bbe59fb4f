using System.Xml;
using Marketplace.Accounts;
using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue;
using Marketplace.Data;
using Marketplace.Demands.Browse;
using Marketplace.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Areas.Site.Controllers;

/// <summary>sitemap.xml: every public page in Vietnamese with its English alternate (hreflang), so search engines find both.</summary>
[Area("Site")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SitemapController(MarketplaceDbContext db, DemandReader demands) : Controller
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().PubliclyVisible(db)
            .Select(p => new { p.Id, p.NameVi, p.NameEn, p.UpdatedAtUtc }).ToListAsync(cancellationToken);
        var cooperatives = await db.Organisations.AsNoTracking()
            .PubliclyVisible()
            .Where(o => o.Type == Marketplace.Accounts.OrganisationType.Cooperative)
            .Select(o => new { o.Id, o.Name, o.NameEn }).ToListAsync(cancellationToken);

        var openDemands = await demands.OpenListAsync(cancellationToken);

        var pages = new List<(string Vi, string En, DateTime? Modified)> { ("/", "/", null), ("/catalogue", "/catalogue", null), ("/demands", "/demands", null) };
        pages.AddRange(products.Select(p => ($"/products/{p.Id}/{Slugs.For(p.NameVi)}", $"/products/{p.Id}/{Slugs.For(p.NameEn ?? p.NameVi)}", (DateTime?)p.UpdatedAtUtc)));
        pages.AddRange(openDemands.Select(d => ($"/demands/{d.Id}", $"/demands/{d.Id}", (DateTime?)d.UpdatedAtUtc)));
        pages.AddRange(cooperatives.Select(c => ($"/cooperatives/{c.Id}/{Slugs.For(c.Name)}", $"/cooperatives/{c.Id}/{Slugs.For(c.NameEn ?? c.Name)}", (DateTime?)null)));

        var site = Marketplace.Theme.Default.PageLinks.Absolute(HttpContext, PageLinks());
        using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Indent = false }))
        {
            await xml.WriteStartElementAsync(null, "urlset", SitemapNamespace);
            await xml.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var (vi, en, modified) in pages)
            {
                foreach (var location in new[] { site + vi, $"{site}/{Cultures.EnglishCode}{en}" })
                {
                    await xml.WriteStartElementAsync(null, "url", SitemapNamespace);
                    await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, location);
                    if (modified is { } day)
                    {
                        await xml.WriteElementStringAsync(null, "lastmod", SitemapNamespace, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    await WriteAlternateAsync(xml, Cultures.VietnameseCode, site + vi);
                    await WriteAlternateAsync(xml, Cultures.EnglishCode, $"{site}/{Cultures.EnglishCode}{en}");
                    await xml.WriteEndElementAsync();
                }
            }

            await xml.WriteEndElementAsync();
        }

        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    /// <summary>The site's own base (before the /en prefix), so the sitemap lists both languages from one place.</summary>
    private string PageLinks() => Marketplace.Theme.Default.PageLinks.Urls(HttpContext).SiteBase;

    private static async Task WriteAlternateAsync(XmlWriter xml, string language, string href)
    {
        await xml.WriteStartElementAsync("xhtml", "link", XhtmlNamespace);
        await xml.WriteAttributeStringAsync(null, "rel", null, "alternate");
        await xml.WriteAttributeStringAsync(null, "hreflang", null, language);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }
}

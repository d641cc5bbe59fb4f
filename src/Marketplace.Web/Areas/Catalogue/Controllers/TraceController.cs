using Marketplace.Catalogue.Trace;
using Marketplace.Localization;
using Marketplace.Web.Areas.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Web.Areas.Catalogue.Controllers;

/// <summary>
/// Where a QR label leads: /t/{code} (a product's or a lot's trace page, in both languages) and the QR images
/// themselves. Only publicly visible products have a trace page; any other code is not found.
/// </summary>
[Area("Catalogue")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class TraceController(TraceReader trace, TraceQrCodes qr) : Controller
{
    [HttpGet("/t/{code}")]
    public async Task<IActionResult> Show(string code, CancellationToken cancellationToken)
    {
        var view = await trace.FindAsync(code, Cultures.CurrentIsEnglish, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        // A code typed in capitals from a label lands on the one address of the page.
        return view.TraceCode == code ? View(view) : RedirectPermanent(Url.Content($"~/t/{view.TraceCode}"));
    }

    [HttpGet("/t/{code}/qr.svg")]
    public async Task<IActionResult> Svg(string code, CancellationToken cancellationToken) =>
        await PublicCodeAsync(code, cancellationToken) is { } normalised
            ? Cached(Content(qr.Svg(TraceQrCodes.TraceUrl(HttpContext, normalised)), "image/svg+xml; charset=utf-8"))
            : NotFound();

    [HttpGet("/t/{code}/qr.png")]
    public async Task<IActionResult> Png(string code, CancellationToken cancellationToken) =>
        await PublicCodeAsync(code, cancellationToken) is { } normalised
            ? Cached(File(qr.Png(TraceQrCodes.TraceUrl(HttpContext, normalised)), "image/png"))
            : NotFound();

    private async Task<string?> PublicCodeAsync(string code, CancellationToken cancellationToken) =>
        TraceReader.Normalise(code) is { } normalised && await trace.IsPublicAsync(normalised, cancellationToken) ? normalised : null;

    /// <summary>A code's QR never changes (the code and the site's address do not), so caches may keep it for a year.</summary>
    private IActionResult Cached(IActionResult result)
    {
        Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        return result;
    }
}

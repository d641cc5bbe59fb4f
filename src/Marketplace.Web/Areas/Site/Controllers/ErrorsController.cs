using System.Globalization;
using Marketplace.Theme.Default;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Areas.Site.Controllers;

/// <summary>Localised error pages, re-executed by the status code and exception middleware for any method.</summary>
[Area("Site")]
[Route("error")]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    /// <summary>
    /// Takes no bound parameter on purpose: binding would read the re-executed request's form, which may be the very
    /// form that could not be read (a NUL byte, too many fields), and then the page itself would fail.
    /// </summary>
    [Route("{code}")]
    public IActionResult Show()
    {
        // A code that is no HTTP error has no page: /error/0, /error/999, /error/abc are addresses that do not exist.
        var status = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599
            ? code
            : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return View("Error", new ErrorViewModel(status, HttpContext.TraceIdentifier, HttpContext.Features.Get<FormRefusal>()?.MessageKey));
    }
}

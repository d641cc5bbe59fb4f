using Marketplace.Theme.Default;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Areas.Site.Controllers;

/// <summary>Localised error pages, re-executed by the status code and exception middleware for any method.</summary>
[Area("Site")]
[Route("error")]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("{code:int}")]
    public IActionResult Show([FromRoute] int code)
    {
        var status = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = status;
        return View("Error", new ErrorViewModel(status, HttpContext.TraceIdentifier));
    }
}

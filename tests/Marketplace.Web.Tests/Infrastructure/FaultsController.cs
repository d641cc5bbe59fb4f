using Marketplace.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Test-only actions: an unhandled error on a page and in the API, and a page for administrators only.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class FaultsController : Controller
{
    [HttpGet("/test/fails")]
    public IActionResult PageFails() => throw new InvalidOperationException("A page failed on purpose.");

    [HttpGet("/api/v1/test/fails")]
    public IActionResult ApiFails() => throw new InvalidOperationException("An API call failed on purpose.");

    [HttpGet("/test/administrators-only")]
    [Authorize(Roles = Roles.Administrator)]
    public IActionResult AdministratorsOnly() => Content("secret");
}

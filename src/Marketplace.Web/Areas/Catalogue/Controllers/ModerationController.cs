using System.Globalization;
using System.Security.Claims;
using Marketplace.Accounts;
using Marketplace.Catalogue.HideProduct;
using Marketplace.Catalogue.ListCooperativesForReview;
using Marketplace.Catalogue.ListProductsForReview;
using Marketplace.Catalogue.ShowProduct;
using Marketplace.Catalogue.VerifyCooperative;
using Marketplace.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Catalogue.Controllers;

/// <summary>Organisers and administrators verify cooperatives and hide products, each action recorded with who did it.</summary>
[Area("Catalogue")]
[Authorize(Roles = $"{Roles.Organiser},{Roles.Administrator}")]
[Route("moderate")]
public sealed class ModerationController(IStringLocalizer<Text> text) : Controller
{
    private string Moderator => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ListCooperativesForReviewHandler cooperatives, CancellationToken cancellationToken) => View(await cooperatives.HandleAsync(cancellationToken));

    [HttpGet("cooperatives/{id:int}")]
    public async Task<IActionResult> Cooperative(int id, [FromServices] ListProductsForReviewHandler products, CancellationToken cancellationToken)
    {
        ViewData["CooperativeId"] = id;
        return View(await products.HandleAsync(id, cancellationToken));
    }

    [HttpPost("cooperatives/{id:int}/verify")]
    public async Task<IActionResult> Verify(int id, bool? verified, [FromServices] VerifyCooperativeHandler verify, CancellationToken cancellationToken)
    {
        // "maybe", or nothing, is no decision: it must not withdraw a verification in silence.
        if (verified is null || !ModelState.IsValid)
        {
            TempData["Error"] = text["Moderate.VerifiedChoice"].Value;
            return Redirect(Url.Content($"~/moderate/cooperatives/{id}"));
        }

        if (!await verify.HandleAsync(id, verified.Value, Moderator, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = text["Manage.Saved"].Value;
        return Redirect(Url.Content("~/moderate"));
    }

    [HttpPost("products/{id:int}/hide")]
    public async Task<IActionResult> Hide(int id, int cooperative, string? reason, [FromServices] HideProductHandler hide, CancellationToken cancellationToken)
    {
        var outcome = await hide.HandleAsync(id, reason, Moderator, cancellationToken);
        if (outcome == HideOutcome.NotFound)
        {
            return NotFound();
        }

        TempData[outcome == HideOutcome.Hidden ? "Notice" : "Error"] = outcome switch
        {
            HideOutcome.Hidden => text["Manage.Saved"].Value,
            HideOutcome.ReasonTooLong => text["Moderate.ReasonTooLong", HideProductHandler.MaxReasonLength.ToString("N0", CultureInfo.CurrentCulture)].Value,
            _ => text["Moderate.ReasonRequired"].Value,
        };
        return Redirect(Url.Content($"~/moderate/cooperatives/{cooperative}"));
    }

    [HttpPost("products/{id:int}/show")]
    public async Task<IActionResult> Show(int id, int cooperative, [FromServices] ShowProductHandler show, CancellationToken cancellationToken)
    {
        TempData["Notice"] = await show.HandleAsync(id, cancellationToken) ? text["Manage.Saved"].Value : text["Manage.NotFound"].Value;
        return Redirect(Url.Content($"~/moderate/cooperatives/{cooperative}"));
    }
}

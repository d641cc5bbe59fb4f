using Marketplace.Accounts;
using Marketplace.Localization;
using Marketplace.Matching;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Areas.Matching.Controllers;

/// <summary>
/// The matches a cooperative or buyer was told of (the same ones the daily e-mail digest lists). Only the signed-in
/// person's own organisation's matches are ever read; without an organisation, 403 ([FromMemberOrganisation]).
/// </summary>
[Area("Matching")]
[Authorize(Roles = Roles.Cooperative + "," + Roles.Buyer)]
[Route("manage/matches")]
public sealed class MatchesController(MatchInbox inbox) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromMemberOrganisation] int organisation, CancellationToken cancellationToken)
    {
        var items = await inbox.ListAsync(organisation, Cultures.CurrentIsEnglish, cancellationToken);
        return View(new MatchesViewModel(items, User.IsInRole(Roles.Buyer)));
    }

    [HttpPost("read")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MarkRead([FromMemberOrganisation] int organisation, CancellationToken cancellationToken)
    {
        await inbox.MarkAllReadAsync(organisation, cancellationToken);
        return RedirectToAction(nameof(Index));
    }
}

public sealed record MatchesViewModel(IReadOnlyList<MatchInboxItem> Items, bool IsBuyer);

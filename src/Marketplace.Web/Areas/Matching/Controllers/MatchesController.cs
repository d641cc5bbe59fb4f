using Marketplace.Accounts;
using Marketplace.Localization;
using Marketplace.Matching;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Areas.Matching.Controllers;

/// <summary>
/// The matches a cooperative or buyer was told of (the same ones the daily e-mail digest lists). Only the signed-in
/// person's own organisation's matches are ever read.
/// </summary>
[Area("Matching")]
[Authorize(Roles = Roles.Cooperative + "," + Roles.Buyer)]
[Route("manage/matches")]
public sealed class MatchesController(MatchInbox inbox, CurrentMember member) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await member.OrganisationIdAsync(cancellationToken) is not { } organisation)
        {
            return Forbid();
        }

        var items = await inbox.ListAsync(organisation, Cultures.CurrentIsEnglish, cancellationToken);
        return View(new MatchesViewModel(items, User.IsInRole(Roles.Buyer)));
    }

    [HttpPost("read")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MarkRead(CancellationToken cancellationToken)
    {
        if (await member.OrganisationIdAsync(cancellationToken) is not { } organisation)
        {
            return Forbid();
        }

        await inbox.MarkAllReadAsync(organisation, cancellationToken);
        return RedirectToAction(nameof(Index));
    }
}

public sealed record MatchesViewModel(IReadOnlyList<MatchInboxItem> Items, bool IsBuyer);

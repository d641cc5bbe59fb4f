using System.Security.Claims;
using Marketplace.Accounts.AccessTokens;
using Marketplace.Localization;
using Marketplace.Web.Areas.Accounts.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Accounts.Controllers;

/// <summary>A person's personal access tokens for /api/v1: make one (shown once, on its own page that answers the form), see and revoke their own.</summary>
[Area("Accounts")]
[Route("account/tokens")]
[Authorize]
public sealed class AccessTokensController(AccessTokenHandlers tokens, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new TokenForm(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(TokenForm form, CancellationToken cancellationToken)
    {
        var result = await tokens.CreateAsync(UserId, form.ToRequest(), cancellationToken);
        if (result.Token is null)
        {
            ModelState.AddModelError(result.Field ?? string.Empty, text[result.ErrorKey!, TokenForm.NameLength, AccessTokenHandlers.MostActivePerPerson]);
            return View("Index", await PageAsync(form, cancellationToken));
        }

        // The one time the token is shown: this answer, never stored by a browser or a proxy, never in a cookie.
        Response.Headers.CacheControl = "no-store";
        return View("Made", result.Token);
    }

    [HttpPost("{id:int}/revoke")]
    public async Task<IActionResult> Revoke(int id, CancellationToken cancellationToken)
    {
        if (!await tokens.RevokeAsync(UserId, id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = text["Tokens.Revoked"].Value;
        return Redirect(Url.Content("~/account/tokens"));
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<TokensPage> PageAsync(TokenForm form, CancellationToken cancellationToken) =>
        new(form, await tokens.ListAsync(UserId, cancellationToken));
}

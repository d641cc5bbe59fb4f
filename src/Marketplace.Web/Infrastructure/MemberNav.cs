using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Infrastructure;

/// <summary>A link a module adds to the signed-in member's menu, with a count when something waits there (unread threads).</summary>
public sealed record MemberNavItem(string Path, string Text, int Count, string? CountText);

/// <summary>Registered by a module (scoped); answers null when the link is not for this member.</summary>
public interface IMemberNavLink
{
    Task<MemberNavItem?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <summary>
/// The modules' links in the layout's menu (<c>Component.InvokeAsync("MemberNav")</c>), so a module adds its page to
/// the menu without editing the theme.
/// </summary>
public sealed class MemberNavViewComponent(IEnumerable<IMemberNavLink> links) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = new List<MemberNavItem>();
        foreach (var link in links)
        {
            if (await link.ForAsync(UserClaimsPrincipal, HttpContext.RequestAborted) is { } item)
            {
                items.Add(item);
            }
        }

        return View("~/Views/Shared/Components/MemberNav/Default.cshtml", items);
    }
}

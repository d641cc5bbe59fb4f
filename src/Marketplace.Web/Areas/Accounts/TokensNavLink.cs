using System.Security.Claims;
using Marketplace.Accounts;
using Marketplace.Localization;
using Marketplace.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Accounts;

/// <summary>"API tokens" in the menu of buyers and cooperatives, whose own systems call /api/v1.</summary>
internal sealed class TokensNavLink(IStringLocalizer<Text> text) : IMemberNavLink
{
    public Task<MemberNavItem?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult(user.IsInRole(Roles.Buyer) || user.IsInRole(Roles.Cooperative)
            ? new MemberNavItem("~/account/tokens", text["Nav.Tokens"], 0, null)
            : null);
}

using System.Security.Claims;
using Marketplace.Accounts;
using Marketplace.Inquiries.ReadInbox;
using Marketplace.Localization;
using Marketplace.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Inquiries;

/// <summary>"Inquiries (3)" in the menu of buyers and cooperatives: the threads with something unread, so nobody misses an inquiry.</summary>
internal sealed class InboxNavLink(CurrentMember member, InboxReader inbox, IStringLocalizer<Text> text) : IMemberNavLink
{
    public async Task<MemberNavItem?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!(user.IsInRole(Roles.Buyer) || user.IsInRole(Roles.Cooperative)) || await member.OrganisationIdAsync(cancellationToken) is not { } organisation)
        {
            return null;
        }

        var unread = await inbox.UnreadThreadsAsync(organisation, cancellationToken);
        return new MemberNavItem("~/inquiries", text["Nav.Inquiries"], unread, text["Nav.Inquiries.Unread", unread]);
    }
}

using Marketplace.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Accounts.ConfirmEmail;

/// <summary>
/// Confirms a member's e-mail address from the link, and with the first confirmation makes the organisation public:
/// only then do its profile, products and demands appear (and reach the search index, through the outbox).
/// </summary>
public sealed class ConfirmEmailHandler(UserManager<MarketplaceUser> users, MarketplaceDbContext db, TimeProvider clock)
{
    public async Task<bool> HandleAsync(string? userId, string? token, CancellationToken cancellationToken)
    {
        var user = userId is null || token is null ? null : await users.FindByIdAsync(userId);
        if (user is null || !(await users.ConfirmEmailAsync(user, token!)).Succeeded)
        {
            return false;
        }

        if (user.OrganisationId is { } organisationId
            && await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken) is { ConfirmedAtUtc: null } organisation)
        {
            organisation.ConfirmedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}

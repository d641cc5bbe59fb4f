using System.Security.Claims;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure;

/// <summary>The organisation the signed-in person acts for, read from the database on each request (a membership change takes effect at once).</summary>
public sealed class CurrentMember(IHttpContextAccessor accessor, MarketplaceDbContext db)
{
    public async Task<int?> OrganisationIdAsync(CancellationToken cancellationToken)
    {
        var userId = accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).SingleOrDefaultAsync(cancellationToken);
    }
}

using Marketplace.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Accounts;

/// <summary>
/// A sign-up whose e-mail is never confirmed holds its registration number and e-mail address for <see cref="Hold"/>
/// only, the life of its confirmation link; after that the next sign-up with either takes them over and the stale
/// account goes (ADR 0016). Otherwise anyone could block a real cooperative for ever by signing up with its number.
/// </summary>
public sealed class UnconfirmedClaims(MarketplaceDbContext db, UserManager<MarketplaceUser> users, TimeProvider clock)
{
    /// <summary>As long as Identity's confirmation token lives (DataProtectorTokenProvider's default, one day).</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromDays(1);

    /// <summary>Removes the unconfirmed sign-ups older than <see cref="Hold"/> that claim this number or this e-mail address.</summary>
    public async Task ReleaseStaleAsync(string? registrationNumber, string email, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - Hold;
        var normalisedEmail = users.NormalizeEmail(email.Trim());
        var stale = await db.Organisations
            .Where(o => o.ConfirmedAtUtc == null && o.CreatedAtUtc < before && o.SeedKey == null)
            .Where(o => (registrationNumber != null && o.RegistrationNumber == registrationNumber)
                || db.Users.Any(u => u.OrganisationId == o.Id && u.NormalizedEmail == normalisedEmail))
            .ToListAsync(cancellationToken);
        foreach (var organisation in stale)
        {
            // Nobody of an unconfirmed organisation can have signed in, so it owns nothing but its members.
            foreach (var member in await db.Users.Where(u => u.OrganisationId == organisation.Id).ToListAsync(cancellationToken))
            {
                await users.DeleteAsync(member);
            }

            db.Organisations.Remove(organisation);
        }

        if (stale.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>When an unconfirmed claim on this number frees, or null when the number is free or confirmed.</summary>
    public async Task<DateTime?> HeldUntilAsync(string registrationNumber, CancellationToken cancellationToken) =>
        await db.Organisations
            .Where(o => o.RegistrationNumber == registrationNumber && o.ConfirmedAtUtc == null && o.SeedKey == null)
            .Select(o => (DateTime?)o.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken) is { } created
            ? created + Hold
            : null;
}

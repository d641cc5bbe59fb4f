using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Accounts.AccessTokens;

/// <summary>What the person may choose when making a token.</summary>
public sealed record NewTokenRequest(string? Name, TokenScope Scope, int Days);

/// <param name="Token">The token itself, to show once; null when refused.</param>
/// <param name="ErrorKey">Why it was refused, as a text key; with <paramref name="Field"/>.</param>
public sealed record NewTokenResult(string? Token, string? ErrorKey = null, string? Field = null);

public sealed record TokenListItem(int Id, string Name, string LastCharacters, TokenScope Scope, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? LastUsedAtUtc);

/// <summary>Make, list and revoke a person's own tokens; nobody reaches another person's.</summary>
public sealed class AccessTokenHandlers(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>The lifetimes offered: a token that never ends is a leak that never ends.</summary>
    public static readonly IReadOnlyList<int> Lifetimes = [30, 90, 365];

    public const int MostActivePerPerson = 10;

    private IQueryable<PersonalAccessToken> Tokens => db.Set<PersonalAccessToken>();

    public async Task<NewTokenResult> CreateAsync(string userId, NewTokenRequest request, CancellationToken cancellationToken)
    {
        var name = TextNormalizer.CleanOrNull(request.Name);
        if (name is null)
        {
            return new NewTokenResult(null, "Tokens.Validation.NameRequired", nameof(request.Name));
        }

        if (name.Length > PersonalAccessToken.NameLength)
        {
            return new NewTokenResult(null, "Tokens.Validation.NameTooLong", nameof(request.Name));
        }

        if (!Enum.IsDefined(request.Scope))
        {
            return new NewTokenResult(null, "Tokens.Validation.Scope", nameof(request.Scope));
        }

        if (!Lifetimes.Contains(request.Days))
        {
            return new NewTokenResult(null, "Tokens.Validation.Days", nameof(request.Days));
        }

        var now = Now;
        if (await Active(userId, now).CountAsync(cancellationToken) >= MostActivePerPerson)
        {
            return new NewTokenResult(null, "Tokens.Validation.TooMany", string.Empty);
        }

        var token = PersonalAccessToken.NewToken();
        db.Set<PersonalAccessToken>().Add(new PersonalAccessToken
        {
            UserId = userId,
            Name = name,
            TokenHash = PersonalAccessToken.HashOf(token),
            LastCharacters = token[^4..],
            Scope = request.Scope,
            CreatedAtUtc = now,
            ExpiresAtUtc = now.AddDays(request.Days),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new NewTokenResult(token);
    }

    /// <summary>The person's tokens that still work, newest first.</summary>
    public Task<List<TokenListItem>> ListAsync(string userId, CancellationToken cancellationToken) =>
        Active(userId, Now).OrderByDescending(t => t.Id)
            .Select(t => new TokenListItem(t.Id, t.Name, t.LastCharacters, t.Scope, t.CreatedAtUtc, t.ExpiresAtUtc, t.LastUsedAtUtc))
            .ToListAsync(cancellationToken);

    /// <returns>False when the person has no such token (someone else's is no different from none).</returns>
    public async Task<bool> RevokeAsync(string userId, int id, CancellationToken cancellationToken)
    {
        var now = Now;
        return await Tokens.Where(t => t.Id == id && t.UserId == userId && t.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAtUtc, now), cancellationToken) == 1;
    }

    private IQueryable<PersonalAccessToken> Active(string userId, DateTime now) =>
        Tokens.AsNoTracking().Where(t => t.UserId == userId && t.RevokedAtUtc == null && t.ExpiresAtUtc > now);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

/// <summary>The person a presented token stands for, and what it allows.</summary>
public sealed record TokenHolder(MarketplaceUser User, TokenScope Scope);

/// <summary>
/// From a presented token to its person: unknown, revoked or expired tokens, unconfirmed and locked-out people
/// get nothing. The last use is recorded at most once a minute, so a busy integration does not write on every call.
/// </summary>
public sealed class AccessTokenAuthenticator(MarketplaceDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan UseRecordedEvery = TimeSpan.FromMinutes(1);

    public async Task<TokenHolder?> FindAsync(string? presented, CancellationToken cancellationToken)
    {
        if (!PersonalAccessToken.LooksLikeToken(presented))
        {
            return null;
        }

        var hash = PersonalAccessToken.HashOf(presented!);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.Set<PersonalAccessToken>().AsNoTracking()
            .SingleOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAtUtc == null && t.ExpiresAtUtc > now, cancellationToken);
        if (token is null)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (user is null || !user.EmailConfirmed || user.LockoutEnd > clock.GetUtcNow())
        {
            return null;
        }

        if (token.LastUsedAtUtc is not { } used || now - used > UseRecordedEvery)
        {
            await db.Set<PersonalAccessToken>().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now), cancellationToken);
        }

        return new TokenHolder(user, token.Scope);
    }
}

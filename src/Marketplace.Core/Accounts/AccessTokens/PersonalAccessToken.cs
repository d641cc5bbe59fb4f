using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Accounts.AccessTokens;

public enum TokenScope
{
    /// <summary>GET only: a stock system reading inquiries and quotes.</summary>
    Read = 1,

    /// <summary>Reads and writes (sends inquiries, messages and quotes) as the person who made the token.</summary>
    Write = 2,
}

/// <summary>
/// A key a person makes for their own systems to call /api/v1 as them. Only the SHA-256 of the token is kept: the
/// token itself is shown once, when made, and cannot be read back from the database (ADR 0020).
/// </summary>
public sealed class PersonalAccessToken
{
    public const int NameLength = 80;

    /// <summary>What every token starts with, so a leaked one is recognisable (and secret scanners can look for it).</summary>
    public const string Prefix = "mkp_";

    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The token's last four characters, so the person can tell their tokens apart.</summary>
    public required string LastCharacters { get; set; }

    public TokenScope Scope { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    /// <summary>A new token: the prefix and 32 random bytes, base64url (256 bits, so a fast hash is enough).</summary>
    public static string NewToken() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The shape <see cref="NewToken"/> makes, checked before any database work.</summary>
    public static bool LooksLikeToken(string? value) =>
        value is { Length: 47 } && value.StartsWith(Prefix, StringComparison.Ordinal)
        && value.AsSpan(Prefix.Length).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.ToTable("PersonalAccessTokens");
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.Name).HasMaxLength(PersonalAccessToken.NameLength);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.LastCharacters).HasMaxLength(4);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<MarketplaceUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

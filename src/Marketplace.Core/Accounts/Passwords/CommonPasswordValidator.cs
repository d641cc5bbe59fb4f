using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Accounts.Passwords;

/// <summary>
/// Refuses passwords an attacker tries first (OWASP ASVS 2.1.7): those on a list of the most common ones (with their
/// Vietnamese favourites), those made of a handful of characters or of one keyboard or digit run ("111111111111",
/// "123456789012", "qwertyuiop12"), and those built on the person's own e-mail name. The list is small and shipped
/// with the code: this machine has no breached-password service to ask (ADR 0018).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<MarketplaceUser>
{
    /// <summary>Fewer different characters than this is a pattern, not a secret.</summary>
    public const int MinDistinctCharacters = 5;

    private static readonly string[] Runs = ["01234567890123456789", "98765432109876543210", "qwertyuiopasdfghjklzxcvbnm", "abcdefghijklmnopqrstuvwxyz", "1qaz2wsx3edc4rfv5tgb6yhn", "1q2w3e4r5t6y7u8i9o0p"];

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<MarketplaceUser> manager, MarketplaceUser user, string? password)
    {
        var refusal = Refusal(password ?? string.Empty, user.Email);
        return Task.FromResult(refusal is null ? IdentityResult.Success : IdentityResult.Failed(new IdentityError { Code = refusal, Description = refusal }));
    }

    /// <returns>The error code ("PasswordCommon", "PasswordContainsEmail"), or null for a password that may be used.</returns>
    public static string? Refusal(string password, string? email)
    {
        var folded = password.Trim().ToLowerInvariant();
        if (folded.Distinct().Count() < MinDistinctCharacters || Common.Value.Contains(folded) || IsRun(folded))
        {
            return "PasswordCommon";
        }

        var name = email?.Split('@')[0].ToLowerInvariant();
        return name is { Length: >= 4 } && folded.Contains(name, StringComparison.Ordinal) ? "PasswordContainsEmail" : null;
    }

    /// <summary>A password that is one stretch of a keyboard row or of the digits, whatever digits it ends with.</summary>
    private static bool IsRun(string folded)
    {
        var letters = folded.TrimEnd("0123456789".ToCharArray());
        var core = letters.Length >= 6 ? letters : folded;
        return Runs.Any(run => run.Contains(core, StringComparison.Ordinal));
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Marketplace.Accounts.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded in Marketplace.Core.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word && !word.StartsWith('#'))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}

using Microsoft.AspNetCore.Identity;

namespace Marketplace.Accounts.Passwords;

/// <summary>Sends a reset link to a confirmed account. Says nothing about whether the address exists, so accounts cannot be probed.</summary>
public sealed class PasswordResetHandler(UserManager<MarketplaceUser> users, AccountEmails emails)
{
    public async Task RequestAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || !await users.IsEmailConfirmedAsync(user))
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await emails.SendPasswordResetAsync(user, token, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ResetAsync(string email, string token, string newPassword)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return ["Identity.InvalidToken"];
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded)
        {
            // A reset also ends a lockout: the person proved they own the mailbox.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        return result.Errors.Select(e => "Identity." + e.Code).ToList();
    }
}

using Microsoft.AspNetCore.Identity;

namespace Marketplace.Accounts.CreateAdministrator;

/// <summary>Creates (or promotes) an administrator. Used by the create-admin command and by the Marketplace:Admin settings; never from a password in the repository.</summary>
public sealed class CreateAdministratorHandler(UserManager<MarketplaceUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> HandleAsync(string email, string fullName, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new MarketplaceUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = fullName,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created.Errors.Select(e => e.Description).ToList();
            }
        }

        // The command may run on a database that has never been seeded.
        if (!await roles.RoleExistsAsync(Roles.Administrator))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Administrator));
        }

        if (!await users.IsInRoleAsync(user, Roles.Administrator))
        {
            await users.AddToRoleAsync(user, Roles.Administrator);
        }

        return [];
    }
}

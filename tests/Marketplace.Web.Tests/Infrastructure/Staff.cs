using Marketplace.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Organisers and administrators are appointed, not signed up: the test appoints one and signs in as them.</summary>
internal static class Staff
{
    public static async Task<string> SignedInAsync(MarketplaceFactory site, HttpClient browser, string role)
    {
        var email = People.Email();
        await site.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<MarketplaceUser>>();
            var user = new MarketplaceUser { UserName = email, Email = email, EmailConfirmed = true, FullName = People.FullName() };
            Assert.True((await users.CreateAsync(user, People.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return user.Id;
        });
        var signIn = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = People.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
        return email;
    }
}

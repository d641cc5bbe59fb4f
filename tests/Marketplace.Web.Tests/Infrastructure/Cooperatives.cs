namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>A new cooperative member of a test's own, the way a person becomes one: sign up, confirm from the mailbox, sign in.</summary>
internal static class Cooperatives
{
    /// <returns>The e-mail of a cooperative member whose address is confirmed.</returns>
    public static async Task<string> ConfirmedAsync(MarketplaceFactory site)
    {
        var email = People.Email();
        await site.Browser().SubmitAsync("/account/sign-up", People.Cooperative(email));
        await site.Browser().GetAsync(Mailbox.LinkIn(Assert.Single(Mailbox.For(site, email))));
        return email;
    }

    /// <returns>The e-mail of the member now signed in with <paramref name="browser"/>.</returns>
    public static async Task<string> SignedInAsync(MarketplaceFactory site, HttpClient browser)
    {
        var email = await ConfirmedAsync(site);
        var signIn = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = People.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
        return email;
    }
}

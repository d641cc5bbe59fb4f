using System.Runtime.CompilerServices;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// /health as an operator reads it: its details are for a signed-in administrator only (ADR 0017). One administrator
/// per site, signed in on the first call.
/// </summary>
internal static class Health
{
    private static readonly ConditionalWeakTable<MarketplaceFactory, Task<HttpClient>> Operators = [];

    public static async Task<HttpResponseMessage> DetailsAsync(MarketplaceFactory site) =>
        await (await Operators.GetValue(site, SignedInOperatorAsync)).GetAsync("/health");

    private static async Task<HttpClient> SignedInOperatorAsync(MarketplaceFactory site)
    {
        var admin = site.Browser();
        await Staff.SignedInAsync(site, admin, "Administrator");
        return admin;
    }
}

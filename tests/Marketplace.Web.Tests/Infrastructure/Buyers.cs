using System.Globalization;
using System.Net;
using Marketplace.Localization;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>A buyer company of a test's own, made the way a person makes one (sign up, confirm, sign in), and its demands, posted through the form.</summary>
internal static class Buyers
{
    /// <returns>The e-mail of the buyer now signed in with <paramref name="browser"/>, and its company's name.</returns>
    public static async Task<(string Email, string Company)> SignedInAsync(MarketplaceFactory site, HttpClient browser)
    {
        var email = People.Email();
        var signUp = People.Buyer(email);
        await site.Browser().SubmitAsync("/account/sign-up?type=Buyer", signUp, "/account/sign-up");
        await site.Browser().GetAsync(Mailbox.LinkIn(Assert.Single(Mailbox.For(site, email))));
        var signIn = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = People.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return (email, signUp["Form.OrganisationName"]);
    }

    public static DateOnly Today => Cultures.TodayInVietnam(TimeProvider.System);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A demand for red dragon fruit, delivered to Hồ Chí Minh City over the coming months.</summary>
    public static Dictionary<string, string> DemandForm(string title) => new()
    {
        ["Title"] = title,
        ["CategoryCode"] = "dragon-fruit",
        ["Quantity"] = "20",
        ["Unit"] = "Tan",
        ["Frequency"] = "Monthly",
        ["DeliveryProvinceCode"] = "ho-chi-minh",
        ["DeliveryFrom"] = Day(Today.AddDays(30)),
        ["DeliveryTo"] = Day(Today.AddDays(120)),
        ["ValidUntil"] = Day(Today.AddDays(20)),
        ["MinimumOcopStars"] = "4",
        ["TargetPriceVnd"] = "30000000",
        ["Description"] = "Quả 350–450 g, **VietGAP**, giao kho Thủ Đức.",
        ["ShowCompanyName"] = "true",
    };

    /// <summary>Posts the form (on the page of <paramref name="language"/>: "" or "/en") with required certificates.</summary>
    /// <returns>The id of the new demand, from the address the form redirects to.</returns>
    public static async Task<int> PostDemandAsync(HttpClient browser, Dictionary<string, string> form, string language = "", params string[] certificates)
    {
        var fields = form.ToList();
        fields.AddRange(certificates.Select(c => new KeyValuePair<string, string>("RequiredCertificates", c)));
        var posted = await browser.SubmitAsync($"{language}/manage/demands/new", fields);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var location = posted.Headers.Location!.OriginalString;
        Assert.Matches($"^{language}/manage/demands/[0-9]+/edit$", location);
        return int.Parse(location.Split('/')[^2], CultureInfo.InvariantCulture);
    }
}

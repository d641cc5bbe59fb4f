using System.Net;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Marketplace.Web.Tests.Accounts;

/// <summary>
/// The ways in of issue 10: e-mail links that follow a forged Host, redirects that leave the site. Every absolute
/// link comes from Marketplace:PublicUrl (http://localhost:5080 in the tests), every redirect stays on this site.
/// </summary>
public abstract class WaysInTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    private const string PublicUrl = "http://localhost:5080/";

    [Fact]
    public async Task A_password_reset_asked_for_with_a_forged_host_links_to_the_public_address()
    {
        var member = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, member);
        var attacker = site.Browser();

        var forged = await SubmitWithHostAsync(attacker, "/account/forgot-password", new() { ["Email"] = email }, "attacker.example");

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        var link = Mailbox.For(site, email).SelectMany(Mailbox.Links).Single(l => l.Contains("reset-password", StringComparison.Ordinal));
        Assert.StartsWith(PublicUrl + "account/reset-password?", link, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker", link, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_confirmation_e_mail_asked_for_in_english_with_a_forged_host_links_to_the_public_address_in_english()
    {
        var email = People.Email();

        var signUp = await SubmitWithHostAsync(site.Browser(), "/en/account/sign-up", People.Cooperative(email), "attacker.example");

        Assert.Equal(HttpStatusCode.OK, signUp.StatusCode);
        var link = Mailbox.Links(Mailbox.For(site, email).Single()).Single(l => l.Contains("confirm-email", StringComparison.Ordinal));
        Assert.StartsWith(PublicUrl + "en/account/confirm-email?", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canonical_and_language_links_of_a_page_use_the_public_address_whatever_the_host()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/catalogue?host=forged");
        request.Headers.Host = "attacker.example";

        var html = await (await site.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains($"<link rel=\"canonical\" href=\"{PublicUrl}catalogue?host=forged\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/vi//attacker.example/x", "/attacker.example/x")]
    [InlineData("/vi///attacker.example", "/attacker.example")]
    [InlineData("/vi/\\attacker.example/x", "/attacker.example/x")]
    [InlineData("/vi/%5Cattacker.example/x", "/attacker.example/x")]
    [InlineData("/vi//\\attacker.example?q=1", "/attacker.example?q=1")]
    [InlineData("/vi/catalogue?page=2", "/catalogue?page=2")]
    [InlineData("/vi", "/")]
    public async Task A_culture_redirect_stays_on_this_site(string path, string location)
    {
        var response = await site.Browser().GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("//attacker.example/x")]
    [InlineData("/\\attacker.example/x")]
    [InlineData("https://attacker.example/x")]
    [InlineData("javascript:alert(1)")]
    public async Task Signing_in_never_returns_to_another_site(string returnUrl)
    {
        var email = await Cooperatives.ConfirmedAsync(site);

        var signIn = await site.Browser().SubmitAsync(
            "/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl),
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = People.Password, ["ReturnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> SubmitWithHostAsync(HttpClient client, string page, Dictionary<string, string> fields, string host)
    {
        var form = await client.GetStringAsync(page);
        var token = Forms.Token(form);
        var request = new HttpRequestMessage(HttpMethod.Post, page)
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))),
        };
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }

}

public sealed class SqliteWaysInTests(SqliteMarketplace site) : WaysInTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresWaysInTests(PostgresMarketplace site) : WaysInTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;

/// <summary>The site as deployed: Production, with its public address set and AllowedHosts left at "*".</summary>
public sealed class ProductionMarketplace : MarketplaceFactory
{
    public const string PublicUrl = "https://cho-htx.example";

    public override string ProviderName => "Sqlite";

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Marketplace:PublicUrl"] = PublicUrl;
        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        base.ConfigureWebHost(builder);
    }
}

public sealed class ProductionHostTests(ProductionMarketplace site) : IClassFixture<ProductionMarketplace>
{
    [Theory]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("cho-htx.example.attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("cho-htx.example", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    public async Task In_production_only_the_public_host_and_localhost_are_answered(string host, HttpStatusCode expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host;

        var response = await site.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_forwarded_host_or_address_from_an_unknown_proxy_changes_nothing()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/catalogue?forwarded=1");
        request.Headers.Host = "cho-htx.example";
        request.Headers.Add("X-Forwarded-Host", "attacker.example");
        request.Headers.Add("X-Forwarded-Proto", "http");

        var html = await (await site.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains($"<link rel=\"canonical\" href=\"{ProductionMarketplace.PublicUrl}/catalogue?forwarded=1\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", html, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Inquiries;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Inquiries;

/// <summary>
/// Sending inquiries, messages and quotations is limited per person and per address (an hour's permits): over the
/// limit the page answers 429 in the person's language, the API problem details, and nothing is sent. The test
/// server gives every request the same (missing) address, so two people here share one address's permits.
/// </summary>
public abstract class InquiryLimitTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task A_person_and_then_an_address_over_the_hourly_limit_get_429_in_their_language_and_nothing_is_sent()
    {
        var world = await ThreadWorld.CreateAsync(site);
        var threads = new List<int>();
        for (var i = 0; i < LimitedInquiries.PerPerson; i++)
        {
            threads.Add(await world.SendAsync());
        }

        var page = await world.Buyer.SubmitAsync($"/inquiries/new?product={world.Product}", Form(world), "/inquiries/new");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Bạn đã gửi quá nhiều yêu cầu", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var english = await world.Buyer.SubmitAsync($"/en/inquiries/new?product={world.Product}", Form(world), "/en/inquiries/new");
        Assert.Equal(HttpStatusCode.TooManyRequests, english.StatusCode);
        Assert.Contains("You sent too many requests", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A message in a thread counts too, and the API says so in problem details.
        var message = await world.Buyer.PostAsJsonAsync($"/api/v1/inquiries/{threads[0]}/messages?lang=en", new { text = "Còn hàng không?" });
        Assert.Equal(HttpStatusCode.TooManyRequests, message.StatusCode);
        Assert.Equal("application/problem+json", message.Content.Headers.ContentType!.MediaType);
        Assert.Contains("too many requests", (await message.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);

        // Another buyer behind the same address has what is left of the address's hour, then is held back too.
        var neighbour = world with { Buyer = site.Browser() };
        await Buyers.SignedInAsync(site, neighbour.Buyer);
        for (var i = LimitedInquiries.PerPerson; i < LimitedInquiries.PerAddress; i++)
        {
            threads.Add(await neighbour.SendAsync());
        }

        var held = await neighbour.Buyer.SubmitAsync($"/inquiries/new?product={world.Product}", Form(world), "/inquiries/new");
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);

        // The cooperative's own address is the same one here: its quotation is held back as well, and nothing was saved.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await world.QuoteAsync(threads[0], 28_000)).StatusCode);
        Assert.Equal(LimitedInquiries.PerAddress, await site.InDatabaseAsync(db => db.Set<Inquiry>().CountAsync(i => i.Products.Any(p => p.ProductId == world.Product))));
        Assert.Equal(0, await site.InDatabaseAsync(db => db.Set<Quotation>().CountAsync(q => threads.Contains(q.InquiryId))));
    }

    private static List<KeyValuePair<string, string>> Form(ThreadWorld world) =>
        [.. ThreadWorld.Form(), new("ProductIds", ThreadWorld.Invariant(world.Product))];
}

/// <summary>The site with low sending limits: 3 per person, 5 per address in an hour.</summary>
public abstract class LimitedInquiries : MarketplaceFactory
{
    public const int PerPerson = 3;

    public const int PerAddress = 5;

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Marketplace:Inquiries:SendsPerPersonPerHour"] = PerPerson.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Marketplace:Inquiries:SendsPerAddressPerHour"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }
}

public sealed class SqliteLimitedInquiries : LimitedInquiries
{
    public override string ProviderName => "Sqlite";
}

public sealed class PostgresLimitedInquiries : LimitedInquiries
{
    public override string ProviderName => "Postgres";
}

public sealed class SqliteInquiryLimitTests(SqliteLimitedInquiries site) : InquiryLimitTests<SqliteLimitedInquiries>(site), IClassFixture<SqliteLimitedInquiries>;

public sealed class PostgresInquiryLimitTests(PostgresLimitedInquiries site) : InquiryLimitTests<PostgresLimitedInquiries>(site), IClassFixture<PostgresLimitedInquiries>;

using System.Net;
using System.Text;
using Marketplace.Data;
using Marketplace.Inquiries;
using Marketplace.Inquiries.CompareQuotes;
using Marketplace.Web.Areas.Inquiries;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.Web.Tests.Infrastructure.ThreadWorld;

namespace Marketplace.Web.Tests.Inquiries;

/// <summary>One request for quotation to several cooperatives: a thread each, their quotes side by side, closing when enough have come.</summary>
public abstract class InquiryRequestTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task A_request_to_two_cooperatives_compares_their_quotes_in_the_same_unit_sorted_and_as_csv()
    {
        var (world, other, otherProduct) = await TwoCooperativesAsync();
        var request = await SendRequestAsync(world, otherProduct, wanted: 2);
        // The world's cooperative's thread first, whichever was saved first.
        var threads = (await ReadAsync(db => db.Set<Inquiry>().Include(i => i.Products).Where(i => i.RequestId == request).ToListAsync()))
            .OrderBy(i => i.Products.Any(p => p.ProductId == world.Product) ? 0 : 1).ToList();
        Assert.Equal(2, threads.Count);
        Assert.NotEqual(threads[0].CooperativeOrganisationId, threads[1].CooperativeOrganisationId);

        // 28,000 đồng per kg against 27,000,000 per tấn: the comparison says per kg for both.
        Assert.Equal(HttpStatusCode.Redirect, (await world.QuoteAsync(threads[0].Id, 28_000, quantity: "5000", unit: "Kg")).StatusCode);
        var otherWorld = world with { Cooperative = other };
        Assert.Equal(HttpStatusCode.Redirect, (await otherWorld.QuoteAsync(threads[1].Id, 27_000_000, product: otherProduct, quantity: "4", unit: "Tan")).StatusCode);

        var page = await world.Buyer.GetStringAsync($"/inquiries/requests/{request}?sort=Price");
        Assert.Contains("28.000 ₫ / kg", page, StringComparison.Ordinal);
        Assert.Contains("27.000 ₫ / kg", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("27.000 ₫ / kg", StringComparison.Ordinal) < page.IndexOf("28.000 ₫ / kg", StringComparison.Ordinal), "cheapest per kg first");
        var byTotal = await world.Buyer.GetStringAsync($"/inquiries/requests/{request}?sort=Total");
        Assert.True(byTotal.IndexOf("108.000.000 ₫", StringComparison.Ordinal) < byTotal.IndexOf("140.000.000 ₫", StringComparison.Ordinal), "smallest total first");

        var csv = await world.Buyer.GetAsync($"/inquiries/requests/{request}/quotes.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Mã hỏi hàng,HTX,Trạng thái", lines[0], StringComparison.Ordinal);
        Assert.Contains(",27000,kg,108000000,4000,7,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",28000,kg,140000000,5000,7,", lines[2], StringComparison.Ordinal);

        var all = Encoding.UTF8.GetString(await world.Buyer.GetByteArrayAsync("/inquiries/quotes.csv"));
        Assert.Equal(3, all.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_request_closes_when_the_buyer_has_the_quotes_it_wanted_and_the_waiting_threads_are_told()
    {
        var (world, _, otherProduct) = await TwoCooperativesAsync();
        var request = await SendRequestAsync(world, otherProduct, wanted: 1);
        var threads = (await ReadAsync(db => db.Set<Inquiry>().Include(i => i.Products).Where(i => i.RequestId == request).ToListAsync()))
            .OrderBy(i => i.Products.Any(p => p.ProductId == world.Product) ? 0 : 1).Select(i => i.Id).ToList();

        Assert.Equal(HttpStatusCode.Redirect, (await world.QuoteAsync(threads[0], 28_000)).StatusCode);

        Assert.NotNull(await ReadAsync(db => db.Set<QuotationRequest>().Where(r => r.Id == request).Select(r => r.ClosedAtUtc).SingleAsync()));
        Assert.Equal(InquiryState.Quoted, await StateAsync(threads[0]));
        Assert.Equal(InquiryState.Expired, await StateAsync(threads[1]));
        Assert.Contains("Bên mua đã nhận đủ báo giá cho yêu cầu này.", await world.Buyer.GetStringAsync($"/inquiries/{threads[1]}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_goes_to_at_most_ten_cooperatives()
    {
        var world = await CreateAsync(site);
        var products = new List<int> { world.Product };
        for (var i = 0; i < 10; i++)
        {
            var cooperative = site.Browser();
            await Cooperatives.SignedInAsync(site, cooperative);
            var product = await Products.CreateAsync(cooperative, Products.Form("Thanh long " + Guid.NewGuid().ToString("N")[..6]));
            await Products.PublishAsync(cooperative, product);
            products.Add(product);
        }

        var fields = Form().ToList();
        fields.AddRange(products.Select(p => new KeyValuePair<string, string>("ProductIds", Invariant(p))));
        var refused = await world.Buyer.SubmitAsync($"/inquiries/new?product={world.Product}", fields, "/inquiries/new");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("tối đa 10 HTX", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ReadAsync(db => db.Set<Inquiry>().CountAsync(i => products.Contains(i.Products.First().ProductId) && i.BuyerOrganisationId == db.Users.Where(u => u.Email == world.BuyerEmail).Select(u => u.OrganisationId).First())));
    }

    [Fact]
    public async Task A_cooperative_name_that_looks_like_a_formula_is_written_as_text_in_the_csv()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var csv = scope.ServiceProvider.GetRequiredService<QuotesCsv>();
        var row = new QuoteRow(1, 2, "=HYPERLINK(\"http://evil\",\"x\")", InquiryState.Quoted, 1, 1, Marketplace.Catalogue.SalesUnit.Kg, 1, 1, Marketplace.Catalogue.SalesUnit.Kg, 1, DeliveryTerms.Fob, "+Cát Lái", null, false, null, [], null);

        var text = Encoding.UTF8.GetString(csv.Write([row])[3..]);

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",", text, StringComparison.Ordinal);
        Assert.Contains(",'+Cát Lái,", text, StringComparison.Ordinal);
    }

    private async Task<(ThreadWorld World, HttpClient Other, int OtherProduct)> TwoCooperativesAsync()
    {
        var world = await CreateAsync(site);
        var other = site.Browser();
        await Cooperatives.SignedInAsync(site, other);
        var product = await Products.CreateAsync(other, Products.Form("Thanh long Long An " + Guid.NewGuid().ToString("N")[..6]));
        await Products.PublishAsync(other, product);
        return (world, other, product);
    }

    private static async Task<int> SendRequestAsync(ThreadWorld world, int otherProduct, int wanted)
    {
        var fields = Form().ToList();
        fields.Add(new("ProductIds", Invariant(world.Product)));
        fields.Add(new("ProductIds", Invariant(otherProduct)));
        fields.Add(new("WantedQuotes", Invariant(wanted)));
        var sent = await world.Buyer.SubmitAsync($"/inquiries/new?product={world.Product}", fields, "/inquiries/new");
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        return int.Parse(sent.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<InquiryState> StateAsync(int id) => ReadAsync(db => db.Set<Inquiry>().Where(i => i.Id == id).Select(i => i.State).SingleAsync());

    private async Task<T> ReadAsync<T>(Func<MarketplaceDbContext, Task<T>> read)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
    }
}

public sealed class SqliteInquiryRequestTests(SqliteMarketplace site) : InquiryRequestTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresInquiryRequestTests(PostgresMarketplace site) : InquiryRequestTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;

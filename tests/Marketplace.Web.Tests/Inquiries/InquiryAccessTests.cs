using System.Net;
using System.Net.Http.Json;
using Marketplace.Data;
using Marketplace.Inquiries;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.Web.Tests.Infrastructure.ThreadWorld;

namespace Marketplace.Web.Tests.Inquiries;

/// <summary>Only the two parties read or act on a thread: another buyer or cooperative gets 404 on every page and API action, and nothing changes.</summary>
public abstract class InquiryAccessTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task Another_buyer_and_another_cooperative_get_404_on_every_page_and_api_action_and_nothing_changes()
    {
        var world = await CreateAsync(site);
        var id = await world.SendAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await world.QuoteAsync(id, 28_000)).StatusCode);
        var quotation = await ReadAsync(db => db.Set<Quotation>().Where(q => q.InquiryId == id).Select(q => q.Id).SingleAsync());
        var before = await SnapshotAsync(id);

        var strangerBuyer = site.Browser();
        await Buyers.SignedInAsync(site, strangerBuyer);
        var strangerCooperative = site.Browser();
        await Cooperatives.SignedInAsync(site, strangerCooperative);
        foreach (var stranger in new[] { strangerBuyer, strangerCooperative })
        {
            var token = await AnyTokenAsync(stranger);
            foreach (var page in new[] { $"/inquiries/{id}", $"/inquiries/{id}/quote", $"/inquiries/{id}/specification/320.jpg", $"/en/inquiries/{id}" })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(page)).StatusCode);
            }

            foreach (var (path, fields) in new (string, Dictionary<string, string>)[]
            {
                ($"/inquiries/{id}/act", new() { ["move"] = "Message", ["words"] = "Xin chào" }),
                ($"/inquiries/{id}/act", new() { ["move"] = "Withdraw", ["words"] = "" }),
                ($"/inquiries/{id}/act", new() { ["move"] = "Decline", ["words"] = "Không" }),
                ($"/inquiries/{id}/quote", new() { ["Lines[0].ProductId"] = Invariant(world.Product), ["Lines[0].Include"] = "true", ["Lines[0].UnitPriceVnd"] = "1", ["Lines[0].Quantity"] = "1", ["Lines[0].Unit"] = "Kg", ["DeliveryTerms"] = "Exw", ["LeadTimeDays"] = "1", ["ValidUntil"] = Buyers.Day(Buyers.Today.AddDays(3)) }),
                ($"/inquiries/{id}/accept", new() { ["quotation"] = Invariant(quotation) }),
                ($"/inquiries/{id}/block", new() { ["block"] = "true" }),
            })
            {
                var forged = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
                Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync(path, forged)).StatusCode);
            }

            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/inquiries/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/inquiries/{id}/messages")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/inquiries/{id}/messages", new { text = "Xin chào" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/inquiries/{id}/quotes", new { deliveryTerms = "exw", leadTimeDays = 1, validUntil = Buyers.Day(Buyers.Today.AddDays(3)), lines = new[] { new { product = world.Product, unitPriceVnd = 1, quantity = 1, unit = "kg" } } })).StatusCode);
            var list = await stranger.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/inquiries");
            Assert.Equal(0, list.GetProperty("total").GetInt32());
            Assert.DoesNotContain(world.BuyerCompany, await stranger.GetStringAsync("/inquiries"), StringComparison.Ordinal);
        }

        Assert.Equal(before, await SnapshotAsync(id));
        Assert.Equal(HttpStatusCode.Redirect, (await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/inquiries/{id}")).StatusCode); // to sign in
    }

    [Fact]
    public async Task The_buyers_request_for_quotation_and_its_comparison_are_the_buyers_alone()
    {
        var (world, second) = await TwoCooperativesAsync();
        var request = await SendRequestAsync(world, second);
        var stranger = site.Browser();
        await Buyers.SignedInAsync(site, stranger);
        Assert.Equal(HttpStatusCode.OK, (await world.Buyer.GetAsync($"/inquiries/requests/{request}")).StatusCode);
        foreach (var who in new[] { stranger, world.Cooperative })
        {
            var token = await AnyTokenAsync(who);
            Assert.Equal(HttpStatusCode.NotFound, (await who.GetAsync($"/inquiries/requests/{request}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await who.GetAsync($"/inquiries/requests/{request}/quotes.csv")).StatusCode);
            var close = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            Assert.Equal(HttpStatusCode.NotFound, (await who.PostAsync($"/inquiries/requests/{request}/close", close)).StatusCode);
        }

        Assert.Null(await ReadAsync(db => db.Set<QuotationRequest>().Where(r => r.Id == request).Select(r => r.ClosedAtUtc).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/inquiries/new?demand=999999")).StatusCode);
    }

    [Fact]
    public async Task A_specification_image_is_served_only_through_its_thread_never_under_the_public_media_path()
    {
        var world = await CreateAsync(site);
        var token = Forms.Token(await world.Buyer.GetStringAsync($"/inquiries/new?product={world.Product}"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Products.Jpeg(800, 600)), "specification", "quy-cach.jpg" },
            { new StringContent(Invariant(world.Product)), "ProductIds" },
        };
        foreach (var (name, value) in Form())
        {
            content.Add(new StringContent(value), name);
        }

        var sent = await world.Buyer.PostAsync("/inquiries/new", content);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var id = int.Parse(sent.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var key = await ReadAsync(db => db.Set<Inquiry>().Where(i => i.Id == id).Select(i => i.SpecificationMediaKey).SingleAsync());
        Assert.StartsWith("private-", key, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/media/{key}/320.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Buyer.GetAsync($"/media/{key}/320.jpg")).StatusCode);
        foreach (var party in new[] { world.Buyer, world.Cooperative })
        {
            var image = await party.GetAsync($"/inquiries/{id}/specification/320.jpg");
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
            Assert.True(image.Headers.CacheControl is { Private: true } or { NoStore: true }, $"Cache-Control: {image.Headers.CacheControl}");
        }
    }

    private async Task<(ThreadWorld World, int SecondProduct)> TwoCooperativesAsync()
    {
        var world = await CreateAsync(site);
        var other = site.Browser();
        await Cooperatives.SignedInAsync(site, other);
        var product = await Products.CreateAsync(other, Products.Form("Thanh long Long An " + Guid.NewGuid().ToString("N")[..6]));
        await Products.PublishAsync(other, product);
        return (world, product);
    }

    /// <returns>The id of a request for quotation to the world's cooperative and a second one.</returns>
    private static async Task<int> SendRequestAsync(ThreadWorld world, int secondProduct)
    {
        var fields = Form().ToList();
        fields.Add(new("ProductIds", Invariant(world.Product)));
        fields.Add(new("ProductIds", Invariant(secondProduct)));
        var sent = await world.Buyer.SubmitAsync($"/inquiries/new?product={world.Product}", fields, "/inquiries/new");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Matches("^/inquiries/requests/[0-9]+$", sent.Headers.Location!.OriginalString);
        return int.Parse(sent.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A valid antiforgery token of the stranger's own session, so a refusal is about the thread, not the token.</summary>
    private static async Task<string> AnyTokenAsync(HttpClient who) => Forms.Token(await who.GetStringAsync("/inquiries/settings"));

    private async Task<string> SnapshotAsync(int id) => await ReadAsync(async db =>
    {
        var inquiry = await db.Set<Inquiry>().AsNoTracking().SingleAsync(i => i.Id == id);
        var events = await db.Set<InquiryEvent>().CountAsync(e => e.InquiryId == id);
        var quotes = await db.Set<Quotation>().CountAsync(q => q.InquiryId == id);
        var blocks = await db.Set<BuyerBlock>().CountAsync();
        return $"{inquiry.State}/{inquiry.Version}/{events}/{quotes}/{blocks}/{inquiry.AcceptedQuotationId}";
    });

    private async Task<T> ReadAsync<T>(Func<MarketplaceDbContext, Task<T>> read)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
    }
}

public sealed class SqliteInquiryAccessTests(SqliteMarketplace site) : InquiryAccessTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresInquiryAccessTests(PostgresMarketplace site) : InquiryAccessTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;

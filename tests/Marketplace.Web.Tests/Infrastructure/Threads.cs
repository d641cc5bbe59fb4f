using System.Globalization;
using System.Net;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// A buyer and a cooperative of a test's own, each with its own browser, the cooperative with a published product,
/// and inquiry threads between them sent through the form, as people make them.
/// </summary>
internal sealed record ThreadWorld(HttpClient Buyer, string BuyerEmail, string BuyerCompany, HttpClient Cooperative, string CooperativeEmail, int Product)
{
    public static async Task<ThreadWorld> CreateAsync(MarketplaceFactory site)
    {
        var cooperative = site.Browser();
        var cooperativeEmail = await Cooperatives.SignedInAsync(site, cooperative);
        var product = await Products.CreateAsync(cooperative, Products.Form("Thanh long ruột đỏ " + Guid.NewGuid().ToString("N")[..6]));
        Assert.Equal(HttpStatusCode.Redirect, (await Products.PublishAsync(cooperative, product)).StatusCode);
        var buyer = site.Browser();
        var (buyerEmail, company) = await Buyers.SignedInAsync(site, buyer);
        return new ThreadWorld(buyer, buyerEmail, company, cooperative, cooperativeEmail, product);
    }

    /// <summary>What a buyer fills in on the inquiry form: 5 tấn to Hồ Chí Minh City next month, quotes within a week.</summary>
    public static Dictionary<string, string> Form(string message = "Cần 5 tấn loại 1, giao kho Thủ Đức.") => new()
    {
        ["Quantity"] = "5",
        ["Unit"] = "Tan",
        ["DeliveryProvinceCode"] = "ho-chi-minh",
        ["DeliveryFrom"] = Buyers.Day(Buyers.Today.AddDays(10)),
        ["DeliveryTo"] = Buyers.Day(Buyers.Today.AddDays(40)),
        ["Deadline"] = Buyers.Day(Buyers.Today.AddDays(7)),
        ["TargetPriceVnd"] = "30000",
        ["Message"] = message,
    };

    /// <returns>The id of the new thread, from the address the form redirects to.</returns>
    public async Task<int> SendAsync(Dictionary<string, string>? form = null, params int[] products)
    {
        var fields = (form ?? Form()).ToList();
        fields.AddRange((products.Length == 0 ? [Product] : products).Select(p => new KeyValuePair<string, string>("ProductIds", Invariant(p))));
        var sent = await Buyer.SubmitAsync($"/inquiries/new?product={Invariant(Product)}", fields, "/inquiries/new");
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        var location = sent.Headers.Location!.OriginalString;
        Assert.Matches("^/inquiries/[0-9]+$", location);
        return int.Parse(location.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>The cooperative's quotation through the form: one line for <paramref name="product"/> at <paramref name="price"/> đồng per kg.</summary>
    public Task<HttpResponseMessage> QuoteAsync(int inquiry, long price, int? product = null, string quantity = "5000", string unit = "Kg", int validDays = 14, params (string Name, string Value)[] extra)
    {
        var fields = QuoteForm(product ?? Product, price, quantity, unit, validDays);
        foreach (var (name, value) in extra)
        {
            fields[name] = value;
        }

        return Cooperative.SubmitAsync($"/inquiries/{Invariant(inquiry)}/quote", fields);
    }

    /// <summary>What a cooperative fills in on the quotation form: one line, delivered to the buyer's province in 7 days.</summary>
    public static Dictionary<string, string> QuoteForm(int product, long price, string quantity = "5000", string unit = "Kg", int validDays = 14) => new()
    {
        ["Lines[0].ProductId"] = Invariant(product),
        ["Lines[0].Include"] = "true",
        ["Lines[0].UnitPriceVnd"] = Invariant(price),
        ["Lines[0].Quantity"] = quantity,
        ["Lines[0].Unit"] = unit,
        ["Lines[0].Packaging"] = "Thùng carton 10 kg",
        ["DeliveryTerms"] = "DeliveredToProvince",
        ["DeliveryPlace"] = "Kho Thủ Đức",
        ["LeadTimeDays"] = "7",
        ["PaymentTerms"] = "Cọc 30%, còn lại khi nhận hàng",
        ["ValidUntil"] = Buyers.Day(Buyers.Today.AddDays(validDays)),
    };

    /// <summary>A move with words on the thread page's one reply form.</summary>
    public static Task<HttpResponseMessage> ActAsync(HttpClient who, int inquiry, string move, string words) =>
        who.SubmitAsync($"/inquiries/{Invariant(inquiry)}", new Dictionary<string, string> { ["move"] = move, ["words"] = words }, $"/inquiries/{Invariant(inquiry)}/act");

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.Accounts.AccessTokens;
using Marketplace.Inquiries;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Accounts;

/// <summary>
/// Personal access tokens: made at /account/tokens and shown once, kept only as a hash, read or write, revoked by
/// their person alone; on /api/v1 a bad token is 401 and a read token that writes is 403, with problem details.
/// </summary>
public abstract partial class AccessTokenTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [GeneratedRegex("id=\"made\"[^>]*value=\"(mkp_[A-Za-z0-9_-]+)\"")]
    private static partial Regex MadePattern();

    [Fact]
    public async Task A_write_token_is_shown_once_kept_as_a_hash_and_calls_the_api_as_its_person()
    {
        var world = await ThreadWorld.CreateAsync(site);
        var thread = await world.SendAsync();

        var made = await world.Buyer.SubmitAsync("/account/tokens", Fields("Hệ thống kho", "Write"));
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Contains("no-store", made.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var token = MadePattern().Match(await made.HtmlAsync()).Groups[1].Value;
        Assert.Matches("^mkp_[A-Za-z0-9_-]{43}$", token);

        // Never again on the page; the database holds its hash, not the token.
        var later = await world.Buyer.GetStringAsync("/account/tokens");
        Assert.DoesNotContain(token, later, StringComparison.Ordinal);
        Assert.Contains("…" + token[^4..], later, StringComparison.Ordinal);
        var stored = await site.InDatabaseAsync(db => db.Set<PersonalAccessToken>().AsNoTracking().SingleAsync(t => t.TokenHash == PersonalAccessToken.HashOf(token)));
        Assert.Equal(("Hệ thống kho", TokenScope.Write), (stored.Name, stored.Scope));
        Assert.Equal(0, await site.InDatabaseAsync(db => db.Set<PersonalAccessToken>().CountAsync(t => t.TokenHash.Contains(token) || t.Name.Contains(token))));

        var system = WithToken(token);
        var inbox = await system.GetFromJsonAsync<JsonElement>("/api/v1/inquiries");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == thread);
        var written = await system.PostAsJsonAsync($"/api/v1/inquiries/{thread}/messages", new { text = "Gửi từ hệ thống kho." });
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var by = await site.InDatabaseAsync(db => db.Set<InquiryEvent>().Where(e => e.InquiryId == thread && e.Text == "Gửi từ hệ thống kho.").Select(e => e.ByUserId).SingleAsync());
        Assert.Equal(stored.UserId, by);
        Assert.NotNull((await site.InDatabaseAsync(db => db.Set<PersonalAccessToken>().AsNoTracking().SingleAsync(t => t.Id == stored.Id))).LastUsedAtUtc);
    }

    [Fact]
    public async Task A_read_token_reads_and_is_refused_with_403_when_it_writes()
    {
        var world = await ThreadWorld.CreateAsync(site);
        var thread = await world.SendAsync();
        var system = WithToken(await MakeAsync(world.Buyer, "Báo cáo", "Read"));

        Assert.Equal(HttpStatusCode.OK, (await system.GetAsync($"/api/v1/inquiries/{thread}")).StatusCode);
        var refused = await system.PostAsJsonAsync($"/api/v1/inquiries/{thread}/messages?lang=en", new { text = "Không được gửi." });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("may only read", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("insufficient_scope", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await site.InDatabaseAsync(db => db.Set<InquiryEvent>().CountAsync(e => e.InquiryId == thread && e.Text == "Không được gửi.")));
    }

    [Fact]
    public async Task Unknown_malformed_revoked_and_expired_tokens_get_401_and_a_cookie_does_not_rescue_them()
    {
        var world = await ThreadWorld.CreateAsync(site);
        var token = await MakeAsync(world.Buyer, "Sẽ thu hồi", "Write");
        var expiring = await MakeAsync(world.Buyer, "Sẽ hết hạn", "Read", days: "30");
        var id = await site.InDatabaseAsync(db => db.Set<PersonalAccessToken>().Where(t => t.TokenHash == PersonalAccessToken.HashOf(token)).Select(t => t.Id).SingleAsync());

        foreach (var bad in new[] { "abc", "mkp_", "mkp_" + new string('A', 50_000), "mkp_" + new string('A', 43), token + "x", "mkp_" + new string('é', 43), token.ToUpperInvariant(), token[..^1] + "\u0000" })
        {
            await AssertUnauthorizedAsync(WithToken(bad));
        }

        // The buyer's own browser (signed in) with a bad token in the header: the header decides.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/inquiries");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "mkp_" + new string('B', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.Buyer.SendAsync(request)).StatusCode);

        // Someone else cannot revoke it (404, and it still works); its person can, and then it is refused.
        var stranger = await world.Cooperative.ForgeAsync("/account/tokens", new Dictionary<string, string>(), $"/account/tokens/{id}/revoke");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(token).GetAsync("/api/v1/inquiries")).StatusCode);
        var revoked = await world.Buyer.SubmitAsync("/account/tokens", [], $"/account/tokens/{id}/revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        await AssertUnauthorizedAsync(WithToken(token));
        Assert.DoesNotContain("Sẽ thu hồi", await world.Buyer.GetStringAsync("/account/tokens"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await WithToken(expiring).GetAsync("/api/v1/inquiries")).StatusCode);
        site.Clock.MoveOn(TimeSpan.FromDays(31));
        try
        {
            await AssertUnauthorizedAsync(WithToken(expiring));
        }
        finally
        {
            site.Clock.Reset();
        }
    }

    [Fact]
    public async Task A_token_signs_in_nothing_but_the_api_and_the_token_page_is_for_signed_in_people()
    {
        var world = await ThreadWorld.CreateAsync(site);
        var system = WithToken(await MakeAsync(world.Buyer, "Chỉ API", "Write"));

        var page = await system.GetAsync("/inquiries");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var anonymous = await site.Browser().GetAsync("/account/tokens");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Write", "90", "Hãy đặt tên cho khóa.")]
    [InlineData("Kho", "Write", "7", "Hãy chọn 30, 90 hoặc 365 ngày.")]
    [InlineData("Kho", "99", "90", "Hãy chọn quyền của khóa.")]
    public async Task A_token_form_with_a_wrong_field_says_what_to_fix_and_makes_nothing(string name, string scope, string days, string message)
    {
        var buyer = site.Browser();
        await Buyers.SignedInAsync(site, buyer);

        var answer = await buyer.SubmitAsync("/account/tokens", [new("Name", name), new("Scope", scope), new("Days", days)]);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = await answer.HtmlAsync();
        Assert.True(html.Contains(message, StringComparison.Ordinal), html[html.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.DoesNotMatch(MadePattern(), html);
    }

    [Fact]
    public async Task The_api_description_names_the_token_scheme_on_the_operations_that_need_a_person()
    {
        var document = await site.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("AccessToken");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        var list = document.GetProperty("paths").GetProperty("/api/v1/inquiries").GetProperty("get");
        Assert.True(list.GetProperty("security")[0].TryGetProperty("AccessToken", out _));
    }

    private static List<KeyValuePair<string, string>> Fields(string name, string scope, string days = "90") =>
        [new("Name", name), new("Scope", scope), new("Days", days)];

    private async Task<string> MakeAsync(HttpClient person, string name, string scope, string days = "90")
    {
        var made = await person.SubmitAsync("/account/tokens", Fields(name, scope, days));
        var token = MadePattern().Match(await made.HtmlAsync());
        Assert.True(token.Success, await made.HtmlAsync());
        return token.Groups[1].Value;
    }

    private HttpClient WithToken(string token)
    {
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return client;
    }

    private static async Task AssertUnauthorizedAsync(HttpClient system)
    {
        var refused = await system.GetAsync("/api/v1/inquiries");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
    }
}

public sealed class SqliteAccessTokenTests(SqliteMarketplace site) : AccessTokenTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresAccessTokenTests(PostgresMarketplace site) : AccessTokenTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;

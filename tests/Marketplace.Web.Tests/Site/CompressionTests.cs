using System.IO.Compression;
using System.Net;
using System.Text;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Site;

/// <summary>
/// Answers that anyone may read alike are compressed; nothing that carries a secret of one person's is (BREACH,
/// ADR 0017). The output cache keeps a plain copy, so each reader gets the encoding they asked for.
/// </summary>
public abstract class CompressionTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Theory]
    [InlineData("/", "br")]
    [InlineData("/en/", "gzip")]
    [InlineData("/catalogue", "br")]
    [InlineData("/search?q=ca+phe", "br")]
    [InlineData("/api/v1/categories", "br")]
    [InlineData("/sitemap.xml", "gzip")]
    public async Task A_public_answer_comes_compressed_in_the_encoding_asked_for(string address, string encoding)
    {
        var response = await GetAsync(site.CreateClient(), address, encoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.NotEmpty(await DecodedAsync(response));
    }

    [Fact]
    public async Task A_cached_page_is_served_plain_br_and_gzip_alike_to_each_reader()
    {
        var address = "/catalogue?t=" + Guid.NewGuid().ToString("N")[..8];
        var client = site.CreateClient();

        var br = await GetAsync(client, address, "br");
        var plain = await GetAsync(client, address, null);
        var gzip = await GetAsync(client, address, "gzip");

        Assert.NotNull(plain.Headers.Age);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], br.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        var text = await plain.Content.ReadAsStringAsync();
        Assert.Contains("</html>", text, StringComparison.Ordinal);
        Assert.Equal(text, await DecodedAsync(br));
        Assert.Equal(text, await DecodedAsync(gzip));
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/sign-up")]
    [InlineData("/en/account/forgot-password")]
    public async Task A_form_page_with_an_antiforgery_token_is_never_compressed(string address)
    {
        var response = await GetAsync(site.CreateClient(), address, "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.NotEmpty(Forms.Token(html));
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_signed_in_members_pages_and_answers_are_never_compressed()
    {
        var member = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, member);

        foreach (var address in new[] { "/", "/catalogue", "/search?q=" + Uri.EscapeDataString(email), "/manage/products", "/api/v1/categories" })
        {
            var response = await GetAsync(member, address, "br, gzip");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
            Assert.True(response.Content.Headers.ContentEncoding.Count == 0, $"{address} came {string.Join(",", response.Content.Headers.ContentEncoding)} to a signed-in member");
        }
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string address, string? encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        }

        return client.SendAsync(request);
    }

    private static async Task<string> DecodedAsync(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = response.Content.Headers.ContentEncoding.Single() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            var other => throw new InvalidOperationException($"Unexpected encoding {other}"),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}

public sealed class SqliteCompressionTests(SqliteMarketplace site) : CompressionTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresCompressionTests(PostgresMarketplace site) : CompressionTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;

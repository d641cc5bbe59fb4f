using System.Net;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Submits forms the way a browser without JavaScript does: GET the page, post its fields and antiforgery token.</summary>
internal static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<form\\b([^>]*)>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("\\baction=\"([^\"]*)\"")]
    private static partial Regex ActionPattern();

    /// <summary>
    /// Posts <paramref name="fields"/> with the antiforgery token of the form on <paramref name="pageUrl"/> that posts to
    /// <paramref name="postUrl"/> (or, without one, of the form that posts back to the page): a form rendered without
    /// its own token fails here as it would in a browser.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await client.GetAsync(pageUrl);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {pageUrl} answered {(int)page.StatusCode}");
        var html = await page.Content.ReadAsStringAsync();
        var target = postUrl ?? pageUrl;
        var form = FormPattern().Matches(html).FirstOrDefault(f => PostsTo(f.Groups[1].Value, target, pageUrl));
        Assert.True(form is not null, $"No form on {pageUrl} posts to {target}");
        var token = TokenPattern().Match(form.Groups[2].Value);
        Assert.True(token.Success, $"The form on {pageUrl} that posts to {target} has no antiforgery token");

        // A list, not a dictionary: checkboxes send one name several times.
        var body = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await client.PostAsync(target, new FormUrlEncodedContent(body));
    }

    /// <summary>Uploads a file as the upload form on <paramref name="pageUrl"/> does: multipart, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string pageUrl, string postUrl, string field, byte[] file, string fileName)
    {
        var token = Token(await client.GetStringAsync(pageUrl));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), field, fileName },
        };
        return await client.PostAsync(postUrl, content);
    }

    /// <summary>The first antiforgery token on a page, for a test that builds its own request (headers of its own).</summary>
    public static string Token(string html)
    {
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, "The page has no antiforgery token");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>
    /// A hand-made post to any address with the person's own valid antiforgery token (from <paramref name="pageUrl"/>):
    /// what an intruder who is signed in can always send, for authorisation tests.
    /// </summary>
    public static async Task<HttpResponseMessage> ForgeAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string postUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {pageUrl}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(body));
    }

    private static bool PostsTo(string attributes, string target, string pageUrl)
    {
        if (!attributes.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var action = ActionPattern().Match(attributes);
        var path = target.Split('?')[0];
        return action.Success
            ? WebUtility.HtmlDecode(action.Groups[1].Value).Split('?')[0] == path
            : path == pageUrl.Split('?')[0];
    }

    public static async Task<string> HtmlAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}

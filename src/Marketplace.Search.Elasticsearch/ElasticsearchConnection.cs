using System.Net.Http.Headers;
using System.Text;

namespace Marketplace.Search.Elasticsearch;

/// <summary>Points an <see cref="HttpClient"/> at the server from the settings, with its credentials.</summary>
internal static class ElasticsearchConnection
{
    public static void Configure(HttpClient client, ElasticsearchOptions options)
    {
        var url = new Uri(options.Url ?? throw new InvalidOperationException("Set Marketplace:Search:Elasticsearch:Url to the server's address."));

        // HttpClient ignores a user and password in the address, so they become a header; the address keeps neither.
        client.BaseAddress = new Uri(WithoutUserInfo(url).TrimEnd('/') + "/");
        client.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(ElasticsearchRequest.Json));
        client.DefaultRequestHeaders.Authorization = Authorization(options.ApiKey, url.UserInfo);
    }

    /// <summary>Scheme, host and port: what messages and logs may show of the address.</summary>
    public static string ServerName(ElasticsearchOptions options) =>
        Uri.TryCreate(options.Url, UriKind.Absolute, out var url)
            ? url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped)
            : "(no address set)";

    private static string WithoutUserInfo(Uri url) =>
        url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    private static AuthenticationHeaderValue? Authorization(string? apiKey, string userInfo)
    {
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            return new AuthenticationHeaderValue("ApiKey", apiKey.Trim());
        }

        if (userInfo.Length == 0)
        {
            return null;
        }

        var userAndPassword = Uri.UnescapeDataString(userInfo);
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userAndPassword)));
    }
}

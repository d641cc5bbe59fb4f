using System.Text.RegularExpressions;
using MimeKit;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Reads what the site "sent" from its e-mail pickup folder.</summary>
internal static partial class Mailbox
{
    [GeneratedRegex("https?://[^\\s\"<>]+")]
    private static partial Regex LinkPattern();

    public static IReadOnlyList<MimeMessage> For(MarketplaceFactory site, string address) =>
        !Directory.Exists(site.PickupFolder)
            ? []
            : Directory.EnumerateFiles(site.PickupFolder, "*.eml")
                .Select(file => MimeMessage.Load(file))
                .Where(m => m.To.Mailboxes.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList();

    /// <summary>Every absolute link in the message's text part, as written (scheme and host included).</summary>
    public static List<string> Links(MimeMessage message) =>
        [.. LinkPattern().Matches(message.TextBody ?? string.Empty).Select(m => m.Value)];

    /// <summary>The link in the message's text part, as a path and query the test client can request.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? string.Empty);
        Assert.True(match.Success, "No link in: " + message.TextBody);
        return new Uri(match.Value).PathAndQuery;
    }
}

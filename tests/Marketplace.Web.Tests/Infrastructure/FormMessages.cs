using System.Text.RegularExpressions;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>What a refused form must show: the reason beside the field and in the summary at the top, linked to the field.</summary>
internal static partial class FormMessages
{
    [GeneratedRegex("<div class=\"error-summary[^\"]*\" role=\"alert\"[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();

    /// <param name="besideField">False for a field with nowhere to show it (a hidden input): the summary alone says it.</param>
    public static void AssertRefused(string html, string field, string message, bool besideField = true)
    {
        var summary = SummaryPattern().Match(html);
        Assert.True(summary.Success, "No error summary on the refused form");
        Assert.Contains($"href=\"#{field.Replace('.', '_')}\"", summary.Value, StringComparison.Ordinal);
        Assert.Contains(message, summary.Value, StringComparison.Ordinal);
        if (besideField)
        {
            var own = Regex.Match(html, $"<span class=\"field-validation-error\" id=\"{field.Replace('.', '-')}-error\">([^<]*)</span>");
            Assert.True(own.Success, $"No message element for {field}");
            Assert.Contains(message, own.Groups[1].Value, StringComparison.Ordinal);
        }
    }
}

using System.Text;
using Marketplace.Localization;

namespace Marketplace.Core.Tests.Localization;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Decomposed_vietnamese_is_stored_composed()
    {
        var decomposed = "Hợp tác xã Cà phê".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Hợp tác xã Cà phê", decomposed);

        var cleaned = TextNormalizer.Clean("  " + decomposed + " ");

        Assert.Equal("Hợp tác xã Cà phê", cleaned);
        Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("0101 234-567", "0101234567")]
    [InlineData("  5800123456 ", "5800123456")]
    [InlineData("ab-12", "AB12")]
    [InlineData("  ", null)]
    [InlineData("--", null)]
    public void Registration_numbers_compare_without_spaces_dashes_or_case(string input, string? expected) =>
        Assert.Equal(expected, TextNormalizer.RegistrationNumber(input));

    [Theory]
    [InlineData("abc🍉", 4, "abc")]
    [InlineData("abc🍉", 5, "abc🍉")]
    [InlineData("Việt", 2, "Vi")]
    [InlineData("Vie\u0323\u0302t", 3, "Vi")]
    [InlineData("Vie\u0323\u0302t", 5, "Vie\u0323\u0302")]
    [InlineData("short", 100, "short")]
    public void Shortening_cuts_only_between_whole_characters(string input, int maxLength, string expected)
    {
        var shortened = TextNormalizer.Shorten(input, maxLength);

        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= maxLength);
        Assert.DoesNotContain('\uFFFD', System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(shortened)));
    }
}

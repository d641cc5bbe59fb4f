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
}

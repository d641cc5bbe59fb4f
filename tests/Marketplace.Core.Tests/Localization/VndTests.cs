using Marketplace.Localization;

namespace Marketplace.Core.Tests.Localization;

public sealed class VndTests
{
    [Theory]
    [InlineData(1_250_000, "1.250.000 ₫")]
    [InlineData(0, "0 ₫")]
    [InlineData(1_860_000_000, "1.860.000.000 ₫")]
    [InlineData(-500_000, "-500.000 ₫")]
    public void Vietnamese_puts_the_dong_sign_after_dot_grouped_digits(long amount, string expected) =>
        Assert.Equal(expected, Vnd.Format(amount, Cultures.Vietnamese));

    [Theory]
    [InlineData(1_250_000, "₫1,250,000")]
    [InlineData(0, "₫0")]
    [InlineData(-500_000, "-₫500,000")]
    public void English_puts_the_dong_sign_before_comma_grouped_digits(long amount, string expected) =>
        Assert.Equal(expected, Vnd.Format(amount, Cultures.English));

    [Fact]
    public void Dates_are_day_first_in_both_languages()
    {
        var date = new DateTime(2026, 7, 1);
        Assert.Equal("01/07/2026", date.ToString("d", Cultures.Vietnamese));
        Assert.Equal("01/07/2026", date.ToString("d", Cultures.English));
    }
}

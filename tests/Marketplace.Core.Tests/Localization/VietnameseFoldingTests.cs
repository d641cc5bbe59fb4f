using System.Text;
using Marketplace.Localization;

namespace Marketplace.Core.Tests.Localization;

public sealed class VietnameseFoldingTests
{
    [Theory]
    [InlineData("Cà phê", "ca phe")]
    [InlineData("Đặc sản", "dac san")]
    [InlineData("ĐẮK LẮK", "dak lak")]
    [InlineData("Bưởi da xanh", "buoi da xanh")]
    [InlineData("", "")]
    public void Marks_and_case_are_folded_away(string text, string folded) =>
        Assert.Equal(folded, VietnameseFolding.Fold(text));

    [Fact]
    public void Decomposed_input_folds_like_composed_input() =>
        Assert.Equal(VietnameseFolding.Fold("thanh long Bình Thuận"), VietnameseFolding.Fold("thanh long Bình Thuận".Normalize(NormalizationForm.FormD)));

    [Theory]
    [InlineData("Hợp tác xã Cà phê Cầu Đất", "ca phe", true)]
    [InlineData("Hợp tác xã Cà phê Cầu Đất", "cầu đất htx", false)]
    [InlineData("Hợp tác xã Cà phê Cầu Đất", "  DAT   ca ", true)]
    public void All_words_of_a_query_must_appear(string text, string query, bool expected) =>
        Assert.Equal(expected, VietnameseFolding.ContainsAllWords(text, query));
}

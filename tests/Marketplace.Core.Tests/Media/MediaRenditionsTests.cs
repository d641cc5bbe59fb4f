using Marketplace.Media;

namespace Marketplace.Core.Tests.Media;

public sealed class MediaRenditionsTests
{
    [Theory]
    [InlineData("320.jpg", "200.jpg")]
    [InlineData("640.jpg", "200.jpg")]
    [InlineData("320.webp", "200.webp")]
    public void A_width_the_image_was_too_small_for_is_answered_by_its_only_rendition(string requested, string expected) =>
        Assert.Equal(expected, MediaRenditions.Nearest(["200.jpg", "200.webp"], requested));

    [Theory]
    [InlineData("640.jpg", "320.jpg")]
    [InlineData("1280.jpg", "320.jpg")]
    [InlineData("100.jpg", "320.jpg")]
    public void The_widest_rendition_not_wider_than_asked_or_else_the_narrowest(string requested, string expected) =>
        Assert.Equal(expected, MediaRenditions.Nearest(["320.jpg", "320.webp"], requested));

    [Theory]
    [InlineData("logo.jpg")]
    [InlineData("640.png")]
    [InlineData("-5.jpg")]
    [InlineData("640")]
    public void Nothing_answers_a_name_that_is_no_rendition_or_of_another_format(string requested) =>
        Assert.Null(MediaRenditions.Nearest(["320.jpg", "320.webp"], requested));
}

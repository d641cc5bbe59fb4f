namespace Marketplace.Web.Infrastructure;

/// <summary>
/// How the browser fetches an image. What is on the first screen loads at once (the first one first: it is usually the
/// largest thing painted); everything below waits until it is scrolled near.
/// </summary>
internal enum ImageLoading
{
    Lazy,
    Eager,
    First,
}

internal static class ImageLoadings
{
    /// <summary>Cards in a grid's first row load at once: two columns on a phone (two rows), four on a wide screen.</summary>
    public const int EagerCards = 4;

    public static ImageLoading InGrid(int position) =>
        position == 0 ? ImageLoading.First : position < EagerCards ? ImageLoading.Eager : ImageLoading.Lazy;

    public static string Attribute(ImageLoading loading) => loading == ImageLoading.Lazy ? "lazy" : "eager";

    /// <summary>fetchpriority for the first image only; null writes no attribute.</summary>
    public static string? Priority(ImageLoading loading) => loading == ImageLoading.First ? "high" : null;
}

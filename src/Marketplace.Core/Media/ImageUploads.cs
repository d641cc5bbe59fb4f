namespace Marketplace.Media;

/// <summary>An upload checked, re-encoded and stored: where its renditions are, and its size for width/height attributes.</summary>
public sealed record StoredImage(string Key, int Width, int Height, IReadOnlyList<int> Widths)
{
    public string WidthList => string.Join(',', Widths);
}

/// <summary>
/// The one way an uploaded image enters the site (product photos, logos, certificate scans): through the image port,
/// then into the media store under a new key. Nothing is stored unless every rendition is, and the original never is.
/// </summary>
public sealed class ImageUploads(IImageProcessor images, IMediaStore media)
{
    /// <exception cref="ImageRefusedException">The upload is not an image the site takes.</exception>
    public async Task<StoredImage> StoreAsync(string keyPrefix, Stream upload, CancellationToken cancellationToken)
    {
        var processed = await images.ProcessAsync(upload, cancellationToken);
        var key = $"{keyPrefix}-{Guid.NewGuid():N}";
        try
        {
            foreach (var rendition in processed.Renditions)
            {
                await media.SaveAsync(key, rendition.FileName, rendition.Bytes, cancellationToken);
            }
        }
        catch
        {
            // Half a set of renditions would never be served or cleaned up.
            await media.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return new StoredImage(key, processed.Width, processed.Height, [.. processed.Renditions.Select(r => r.Width).Distinct().Order()]);
    }

    /// <summary>Removes a stored image's renditions, for when the row that named it is gone or the save failed.</summary>
    public Task DeleteAsync(string? key, CancellationToken cancellationToken) =>
        key is null ? Task.CompletedTask : media.DeleteAsync(key, cancellationToken);
}

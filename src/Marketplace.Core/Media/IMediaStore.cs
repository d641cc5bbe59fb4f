namespace Marketplace.Media;

/// <summary>
/// Where re-encoded media live: a folder under the data folder by default, an S3-compatible store later.
/// A key names one item (an image with its renditions); files are its renditions by name (<c>640.webp</c>).
/// </summary>
public interface IMediaStore
{
    Task SaveAsync(string key, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <returns>The file, or null when there is none.</returns>
    Stream? Open(string key, string fileName);

    /// <returns>The names of the files stored under the key (its renditions), none for an unknown key.</returns>
    IReadOnlyList<string> FileNames(string key);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

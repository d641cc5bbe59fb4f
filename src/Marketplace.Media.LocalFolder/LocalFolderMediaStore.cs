using Marketplace.Data;

namespace Marketplace.Media.LocalFolder;

/// <summary>Media in &lt;DataPath&gt;/media/&lt;key&gt;/&lt;file&gt;. Keys and names are checked so no request can leave that folder.</summary>
internal sealed class LocalFolderMediaStore(DataPaths paths) : IMediaStore
{
    private string Root => paths.Resolve("media");

    public async Task SaveAsync(string key, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var folder = Folder(key);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Checked(fileName));
        var temporary = target + ".tmp";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
        File.Move(temporary, target, overwrite: true);
    }

    public Stream? Open(string key, string fileName)
    {
        if (!IsSafe(key) || !IsSafe(fileName))
        {
            return null;
        }

        var path = Path.Combine(Root, key, fileName);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    public IReadOnlyList<string> FileNames(string key)
    {
        var folder = Path.Combine(Root, key);
        return IsSafe(key) && Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Where(name => IsSafe(name) && !name.EndsWith(".tmp", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : [];
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var folder = Folder(key);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private string Folder(string key) => Path.Combine(Root, Checked(key));

    private static string Checked(string name) =>
        IsSafe(name) ? name : throw new ArgumentException($"'{name}' is not a media key or file name.", nameof(name));

    /// <summary>Letters, digits, dot, dash and underscore only, and not a dot-only name: nothing can climb out of the folder.</summary>
    private static bool IsSafe(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') && name.Trim('.').Length > 0;
}

namespace Marketplace.Core.Tests;

/// <summary>Finds folders of the repository from the test's output folder.</summary>
internal static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string ContentSeed => Path.Combine(Root, "content-seed");

    /// <summary>A writable copy of content-seed/ for a test to change.</summary>
    public static string CopyOfContentSeed()
    {
        var target = Path.Combine(Path.GetTempPath(), "marketplace-seed-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(ContentSeed, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(ContentSeed, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Marketplace.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Marketplace.sln not found above " + AppContext.BaseDirectory);
    }
}

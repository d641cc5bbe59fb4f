namespace Marketplace.Benchmarks;

/// <summary>An empty data folder of its own for one site, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("marketplace-bench-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException e)
        {
            // A leftover temp folder is not worth failing a measurement for; say where it is.
            Console.Error.WriteLine($"Could not remove {Path}: {e.Message}");
        }
    }
}

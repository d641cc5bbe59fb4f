namespace Marketplace.Seed;

/// <summary>Settings under <c>Marketplace:Seed</c>.</summary>
public sealed class SeedOptions
{
    public const string Section = "Marketplace:Seed";

    /// <summary>Folder of recipes; empty means the content-seed folder shipped beside the application.</summary>
    public string? Path { get; set; }

    /// <summary>Load the demo organisations and people so a new site is not empty. Turn off in production.</summary>
    public bool LoadDemoData { get; set; } = true;

    /// <summary>Password given to demo people when they are first created. Empty leaves them without one (use "forgot password").</summary>
    public string? DemoPassword { get; set; }

    public string ResolvePath() =>
        string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, "content-seed") : System.IO.Path.GetFullPath(Path);
}

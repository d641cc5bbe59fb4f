using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Marketplace.E2E;

/// <summary>
/// One site on real Kestrel (127.0.0.1, a port the OS picks) over its own temporary data folder, and one headless
/// Debian Chromium, shared by every test in the collection: starting either is the slow part.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>A phone of today: the size most readers of the site see it at.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>What every demo person (content-seed/demo/users.json) signs in with on this site.</summary>
    public const string DemoPassword = "e2e-demo-2468";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string dataPath = Directory.CreateTempSubdirectory("marketplace-e2e-").FullName;
    private SiteFactory? site;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public ServerLog ServerLog { get; } = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The site's services, for a test to arrange its own data the way the site itself would.</summary>
    public IServiceProvider Services => (site ?? throw new InvalidOperationException("The fixture has not started.")).Services;

    /// <summary>Where screenshots go: MARKETPLACE_TEST_ARTIFACTS, else artifacts/e2e/ at the repository root.</summary>
    public static string ArtifactsPath { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("MARKETPLACE_TEST_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), "artifacts", "e2e")).FullName;

    public async Task InitializeAsync()
    {
        site = new SiteFactory(dataPath, ServerLog);
        site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        var addresses = site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());

        var chromium = Environment.GetEnvironmentVariable("MARKETPLACE_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium is not at {chromium}: install Debian's chromium package or set MARKETPLACE_TEST_CHROMIUM to its path. Browsers are never downloaded.");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }

        Directory.Delete(dataPath, recursive: true);
    }

    /// <summary>A fresh browser context (empty cache, no cookies) at phone size.</summary>
    public Task<IBrowserContext> NewPhoneContextAsync() => NewContextAsync(Phone);

    /// <summary>A fresh browser context (empty cache, no cookies) at the given size.</summary>
    public Task<IBrowserContext> NewContextAsync(ViewportSize size) =>
        (browser ?? throw new InvalidOperationException("The fixture has not started.")).NewContextAsync(new() { ViewportSize = size });

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>Signs a demo person in through the sign-in form, as they would, and waits until the form is left.</summary>
    public async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync(Url("/account/sign-in"));
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Marketplace.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Marketplace.sln above {AppContext.BaseDirectory}; set MARKETPLACE_TEST_ARTIFACTS.");
    }

    private sealed class SiteFactory(string dataPath, ServerLog log) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Marketplace:DataPath", dataPath);
            builder.UseSetting("Marketplace:Database:Provider", "Sqlite");
            builder.UseSetting("Marketplace:Seed:LoadDemoData", "true");
            builder.UseSetting("Marketplace:Seed:DemoPassword", DemoPassword);

            // Added after Program's ClearProviders, so the site's own errors reach the tests.
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(log));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site on Kestrel and Chromium";
}

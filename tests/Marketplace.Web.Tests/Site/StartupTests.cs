using System.Diagnostics;
using Marketplace.Accounts;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Site;

public sealed class StartupTests
{
    [Theory]
    [InlineData("Marketplace__Database__Provider", "Oracle", "Marketplace:Database:Provider is 'Oracle'; set it to Sqlite or Postgres.")]
    [InlineData("Marketplace__Email__From", "not an address", "Marketplace:Email:From must be an e-mail address, for example no-reply@example.vn.")]
    [InlineData("Marketplace__Email__Transport", "Sendmail", "Marketplace:Email:Transport must be PickupFolder or Smtp.")]
    [InlineData("Marketplace__Email__Transport", "Smtp", "Set Marketplace:Email:Smtp:Host to the mail server's name (for example smtp.example.vn) when Marketplace:Email:Transport is Smtp.")]
    [InlineData("Marketplace__Search__Engine", "Solr", "Marketplace:Search:Engine is 'Solr'; set it to Lucene or Elasticsearch.")]
    [InlineData("Marketplace__Search__Engine", "elasticsearch", "Marketplace:Search:Engine is Elasticsearch; set Marketplace:Search:Elasticsearch:Url to the server's address, for example http://localhost:9200.")]
    public async Task The_real_program_stops_with_one_sentence_for_an_invalid_setting(string variable, string value, string sentence)
    {
        var web = Path.Combine(AppContext.BaseDirectory, "Marketplace.Web.dll");
        var start = new ProcessStartInfo("dotnet", [web])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                [variable] = value,
                ["Marketplace__DataPath"] = Path.Combine(Path.GetTempPath(), "marketplace-tests", Guid.NewGuid().ToString("N")),
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            },
        };

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, process.ExitCode);
        Assert.Equal("The site did not start: " + sentence, (await stderr).Trim());
    }

    [Fact]
    public async Task Create_admin_command_makes_an_administrator_who_can_sign_in()
    {
        var dataPath = MarketplaceFactory.NewDataPath();
        var email = People.Email();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Marketplace.Web.dll"), "create-admin", "--email", email, "--name", "Quản trị viên"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment = { ["Marketplace__DataPath"] = dataPath, ["MARKETPLACE_ADMIN_PASSWORD"] = "from-the-terminal-5" },
        };

        using (var process = Process.Start(start)!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(process.ExitCode == 0, await stderr);
            Assert.Contains($"{email} is an administrator.", await stdout, StringComparison.Ordinal);
        }

        await using var site = new ConfiguredMarketplace([]) { DataPath = dataPath };
        var signIn = await site.Browser().SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "from-the-terminal-5" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(await site.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<MarketplaceUser>>();
            return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, Roles.Administrator);
        }));
    }

    [Fact]
    public async Task Administrator_is_created_from_settings_without_a_password_in_the_repository()
    {
        var email = People.Email();
        await using var site = new ConfiguredMarketplace(new() { ["Marketplace:Admin:Email"] = email, ["Marketplace:Admin:Password"] = "from-the-environment-7" });
        await site.InitializeAsync();

        var isAdministrator = await site.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<MarketplaceUser>>();
            return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, Roles.Administrator);
        });

        Assert.True(isAdministrator);
    }

    [Fact]
    public async Task Demo_people_sign_in_with_the_demo_password_from_settings()
    {
        await using var site = new ConfiguredMarketplace(new() { ["Marketplace:Seed:DemoPassword"] = "demo-from-env-3" });

        var signIn = await site.Browser().SubmitAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = "htx.thanhlong.hamthuan@demo.marketplace.local",
            ["Password"] = "demo-from-env-3",
        });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Sending_messages_is_rate_limited_per_address()
    {
        await using var site = new ConfiguredMarketplace(new() { ["Marketplace:RateLimits:MessagesPerHour"] = "2" });
        var browser = site.Browser();
        var form = new Dictionary<string, string> { ["Email"] = People.Email() };

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((int)(await browser.SubmitAsync("/account/forgot-password", form)).StatusCode);
        }

        Assert.Equal([200, 200, 429], statuses);
    }

    /// <summary>A SQLite site with extra settings of one test's own.</summary>
    private sealed class ConfiguredMarketplace(Dictionary<string, string?> extra) : MarketplaceFactory
    {
        public override string ProviderName => "Sqlite";

        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            foreach (var (key, value) in extra)
            {
                settings[key] = value;
            }

            return settings;
        }
    }
}

using Marketplace.Accounts;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Search;

/// <summary>
/// A stopped site leaves nothing running: once the factory is disposed no thread writes into the data folder, so it
/// can be deleted at once and stays deleted. (CI once failed in SqliteSiteTests' cleanup with "Directory not empty:
/// .../search-index/cooperatives": a write came after the site was disposed.)
/// </summary>
public sealed class SiteShutdownTests
{
    [Fact]
    public async Task A_site_stopped_while_indexing_leaves_nothing_writing_in_its_data_folder()
    {
        // The worker looks every quarter second; stopping at different moments lands inside and outside its pass.
        foreach (var pause in new[] { 0, 150, 300 })
        {
            var site = new SqliteMarketplace();
            await site.InitializeAsync();
            await site.InDatabaseAsync(async db =>
            {
                foreach (var cooperative in await db.Organisations.Where(o => o.Type == OrganisationType.Cooperative).ToListAsync())
                {
                    cooperative.Description += " ";
                }

                return await db.SaveChangesAsync();
            });
            await Task.Delay(pause);

            // Deletes the data folder; throws "Directory not empty" when something still writes into it.
            await site.DisposeAsync();
            await Task.Delay(500);

            Assert.False(Directory.Exists(site.DataPath), $"Something wrote into {site.DataPath} after the site stopped (paused {pause} ms).");
        }
    }
}

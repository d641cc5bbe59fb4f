using Marketplace.Data;
using Marketplace.Matching;
using Marketplace.Migrations.Sqlite;
using Marketplace.Search;
using Marketplace.Search.Lucene;
using Marketplace.Search.SearchCatalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Marketplace.Benchmarks.Catalogue;

/// <summary>
/// The site's search engine, database and matcher in this process, registered as the site registers them (the Lucene
/// adapter through <see cref="LuceneModule.AddLuceneSearch"/>), over a data folder. The Lucene index takes a writer
/// lock: the site's process must not run over the same folder while this is open.
/// </summary>
internal static class InProcessSite
{
    public static ServiceProvider Create(string dataPath)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment
        {
            ApplicationName = "Marketplace.Benchmarks",
            EnvironmentName = Environments.Production,
            ContentRootPath = dataPath,
            ContentRootFileProvider = new NullFileProvider(),
        });
        services.Configure<MarketplaceOptions>(o => o.DataPath = dataPath);
        services.Configure<SearchOptions>(o => o.Engine = SearchOptions.Lucene);
        services.AddSingleton<DataPaths>();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<MarketplaceDbContext>(o => o.UseMarketplaceSqlite(SqliteProvider.DefaultConnectionString(dataPath)));
        services.AddLuceneSearch();
        Marketplace.Demands.Indexing.DemandsSearchModule.AddDemandsSearch(Marketplace.Catalogue.Indexing.CatalogueSearchModule.AddCatalogueSearch(services));
        services.AddSingleton<Marketplace.ReferenceData.ReferenceTablesCache>();
        services.AddSingleton<CompoundWordsCache>();
        services.AddScoped<DemandMatcher>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

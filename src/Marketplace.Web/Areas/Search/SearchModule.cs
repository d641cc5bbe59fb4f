using Marketplace.Matching;
using Marketplace.Search.Elasticsearch;
using Marketplace.Search.Indexing;
using Marketplace.Search.Lucene;
using Marketplace.Search;
using Marketplace.Web.Areas.Search.Api;
using Marketplace.Web.Infrastructure;

namespace Marketplace.Web.Areas.Search;

/// <summary>Catalogue search: the engine the settings choose, the outbox worker, the search page and its API.</summary>
internal sealed class SearchModule : IWebModule
{
    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<SearchOptions>(SearchOptions.Section);

        // One setting chooses the engine (validated at start-up); everything above the port is the same for both.
        var search = builder.Configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
        if (search.UsesElasticsearch)
        {
            builder.Services.AddElasticsearchSearch();
        }
        else
        {
            builder.Services.AddLuceneSearch();
        }

        builder.Services.AddSearchIndexing(runWorker: true);
        builder.Services.AddTexts<Marketplace.Localization.SearchTexts>();
        builder.Services.AddScoped<Marketplace.Search.SearchCatalogue.CatalogueSearch>();
        builder.Services.AddSingleton<Marketplace.Search.SearchCatalogue.CompoundWordsCache>();
    }

    public void Map(WebApplication app) => app.MapApiV1().MapSearchApi();
}

using Marketplace.Search;
using Marketplace.Search.Indexing;
using Marketplace.Matching;
using Marketplace.Search.Elasticsearch;
using Marketplace.Search.Lucene;

namespace Marketplace.Web.Modules;

internal static class SearchModule
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
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
        builder.Services.AddSingleton<Marketplace.ReferenceData.ReferenceTablesCache>();
        builder.Services.AddSingleton<Marketplace.Search.SearchCatalogue.CompoundWordsCache>();
        builder.Services.AddMatching(runWorkers: true);
        builder.Services.AddTexts<Marketplace.Localization.MatchingTexts>();
        return builder;
    }
}

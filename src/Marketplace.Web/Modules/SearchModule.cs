using Marketplace.Search.Lucene;

namespace Marketplace.Web.Modules;

internal static class SearchModule
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        // Marketplace:Search:Engine is validated at start-up; Lucene is the only engine in this version.
        builder.Services.AddLuceneSearch();
        return builder;
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Marketplace.Data;

/// <summary>Resolves folders under Marketplace:DataPath (itself relative to the content root unless absolute).</summary>
public sealed class DataPaths(IOptions<MarketplaceOptions> options, IHostEnvironment environment)
{
    public string Root => Path.GetFullPath(options.Value.DataPath, environment.ContentRootPath);

    public string Resolve(string relative) => Path.GetFullPath(relative, Root);
}

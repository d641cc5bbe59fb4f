using System.ComponentModel.DataAnnotations;
using System.Net;
using Marketplace.Data;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Which Host headers the site answers, and whose X-Forwarded-* headers it believes. Outside Development a site
/// left with <c>AllowedHosts: *</c> answers only the host of Marketplace:PublicUrl (and <c>localhost</c>, which the
/// container health check uses); forwarded headers count only from the proxies named in Marketplace:Proxies.
/// </summary>
internal static class HostsModule
{
    public static WebApplicationBuilder AddHosts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<ProxyOptions>(ProxyOptions.Section);
        if (!builder.Environment.IsDevelopment())
        {
            // Runs after the host's own PostConfigure, which turns a missing AllowedHosts into "*".
            builder.Services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<MarketplaceOptions>>((hosts, site) =>
            {
                if (hosts.AllowedHosts.Count == 0 || hosts.AllowedHosts.Contains("*"))
                {
                    hosts.AllowedHosts = [new Uri(site.Value.PublicUrl).Host, "localhost"];
                }
            });
        }

        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that rate limits and HTTPS checks see the client, not the proxy.</summary>
    public static WebApplication UseHosts(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.KnownProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}

/// <summary>Settings under <c>Marketplace:Proxies</c>: the reverse proxies whose X-Forwarded-For and -Proto are believed.</summary>
internal sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Marketplace:Proxies";

    public string[] KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"Marketplace:Proxies:KnownProxies has '{p}', which is not an IP address; list each proxy's address, for example 10.0.0.2."));
}

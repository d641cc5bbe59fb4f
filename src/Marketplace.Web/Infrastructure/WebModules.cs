namespace Marketplace.Web.Infrastructure;

/// <summary>
/// A feature module of the site: one per folder under <c>Areas/</c>. It registers its own services, settings, search
/// sources and texts, and maps its own endpoints (pages come through MVC's areas, its API through <see cref="Map"/>).
/// The host finds every module by itself (<see cref="WebModules"/>), so adding a module edits no central file.
/// </summary>
internal interface IWebModule
{
    /// <summary>Services and settings; runs once, before the site is built.</summary>
    void Add(WebApplicationBuilder builder);

    /// <summary>Endpoints beyond MVC controllers (the module's part of /api/v1); runs once, after the middleware.</summary>
    void Map(WebApplication app)
    {
    }
}

/// <summary>Finds the <see cref="IWebModule"/>s in this assembly and runs them in a fixed order (by name).</summary>
internal static class WebModules
{
    public static IReadOnlyList<IWebModule> All { get; } = typeof(IWebModule).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IWebModule).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IWebModule)Activator.CreateInstance(t)!)
        .ToList();

    public static WebApplicationBuilder AddModules(this WebApplicationBuilder builder)
    {
        foreach (var module in All)
        {
            module.Add(builder);
        }

        return builder;
    }

    public static WebApplication MapModules(this WebApplication app)
    {
        foreach (var module in All)
        {
            module.Map(app);
        }

        return app;
    }

    /// <summary>The group every module's API lives in, so each one mounts under the same versioned prefix.</summary>
    public static RouteGroupBuilder MapApiV1(this WebApplication app) => app.MapGroup("/api/v1");
}

using System.Reflection;
using NetArchTest.Rules;

namespace Marketplace.Core.Tests.Architecture;

/// <summary>The core knows no adapter and no host: ports point inwards, and each adapter stands alone.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Core = typeof(Marketplace.Data.MarketplaceDbContext).Assembly;

    private static readonly Assembly Host = typeof(Marketplace.Web.Areas.Site.Controllers.HomeController).Assembly;

    /// <summary>Every adapter, by a type it makes public. A new one is added here (the completeness test says so).</summary>
    private static readonly Assembly[] Adapters =
    [
        typeof(Marketplace.Search.Lucene.LuceneModule).Assembly,
        typeof(Marketplace.Search.Elasticsearch.ElasticsearchModule).Assembly,
        typeof(Marketplace.Media.Vips.VipsModule).Assembly,
        typeof(Marketplace.Media.LocalFolder.LocalFolderMediaModule).Assembly,
        typeof(Marketplace.Email.Pickup.PickupFolderEmailModule).Assembly,
        typeof(Marketplace.Email.Smtp.SmtpEmailModule).Assembly,
        typeof(Marketplace.Migrations.Sqlite.SqliteProvider).Assembly,
        typeof(Marketplace.Migrations.Postgres.PostgresProvider).Assembly,
    ];

    /// <summary>Libraries only an adapter may use: mail, images, search engines, database providers.</summary>
    private static readonly string[] AdapterLibraries =
        ["MimeKit", "MailKit", "NetVips", "Lucene.Net", "Elastic.", "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Data.Sqlite", "Npgsql"];

    /// <summary>
    /// The web side of ASP.NET Core. Core may use Identity's user manager and the Identity and Data Protection stores
    /// its DbContext carries (namespaces Microsoft.AspNetCore.Identity and .DataProtection), nothing that knows HTTP.
    /// </summary>
    private static readonly string[] WebNamespaces =
    [
        "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Builder",
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Authentication", "Microsoft.AspNetCore.Authorization",
        "Microsoft.AspNetCore.Razor", "Microsoft.AspNetCore.Antiforgery", "Microsoft.AspNetCore.Localization",
        "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.Server",
        "Microsoft.AspNetCore.StaticFiles", "Microsoft.AspNetCore.ResponseCompression", "Microsoft.AspNetCore.OutputCaching",
    ];

    /// <summary>The ASP.NET Core assemblies Core may reference: the stores that MarketplaceDbContext implements.</summary>
    private static readonly string[] AllowedAspNetCoreAssemblies =
        ["Microsoft.AspNetCore.Identity.EntityFrameworkCore", "Microsoft.AspNetCore.DataProtection.EntityFrameworkCore"];

    private static string Name(Assembly assembly) => assembly.GetName().Name!;

    private static string[] Referenced(Assembly assembly) => [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];

    [Fact]
    public void Core_depends_on_no_adapter_host_adapter_library_or_web_type()
    {
        var result = Types.InAssembly(Core)
            .ShouldNot()
            .HaveDependencyOnAny([Name(Host), .. Adapters.Select(Name), .. AdapterLibraries, .. WebNamespaces])
            .GetResult();

        Assert.True(result.IsSuccessful, "Core depends on: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>
    /// By assembly as well as by namespace: a provider's extension methods (UseNpgsql, for one) are declared in the
    /// namespace Microsoft.EntityFrameworkCore, which Core may use; the assembly reference gives them away.
    /// </summary>
    [Fact]
    public void Core_references_no_adapter_host_adapter_library_or_web_assembly()
    {
        var forbidden = Referenced(Core)
            .Where(r => r == Name(Host) || Adapters.Select(Name).Contains(r)
                || AdapterLibraries.Any(l => r.StartsWith(l, StringComparison.Ordinal))
                || (r.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) && !AllowedAspNetCoreAssemblies.Contains(r)))
            .ToList();

        Assert.Empty(forbidden);
    }

    public static TheoryData<string> AdapterNames() => [.. Adapters.Select(Name)];

    [Theory]
    [MemberData(nameof(AdapterNames))]
    public void An_adapter_reaches_neither_into_the_host_nor_into_another_adapter(string adapter)
    {
        var assembly = Adapters.Single(a => Name(a) == adapter);
        string[] forbidden = [Name(Host), .. Adapters.Where(a => a != assembly).Select(Name)];

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{adapter} depends on: " + string.Join(", ", result.FailingTypeNames ?? []));
        Assert.Empty(Referenced(assembly).Intersect(forbidden));
    }

    /// <summary>An adapter left out of <see cref="Adapters"/> would escape the rule above.</summary>
    [Fact]
    public void Every_project_the_host_wires_in_is_checked_as_an_adapter()
    {
        var notChecked = Referenced(Host)
            .Where(r => r.StartsWith("Marketplace.", StringComparison.Ordinal))
            .Except([Name(Core), "Marketplace.Theme.Default", .. Adapters.Select(Name)]);

        Assert.Empty(notChecked);
    }

    [Fact]
    public void Controllers_never_take_a_database_entity_as_a_form()
    {
        var entities = typeof(Marketplace.Data.MarketplaceDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.Name.StartsWith("DbSet", StringComparison.Ordinal))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .Append(typeof(Marketplace.Accounts.MarketplaceUser))
            .ToHashSet();
        var controllers = typeof(Marketplace.Web.Areas.Site.Controllers.HomeController).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Controller", StringComparison.Ordinal));
        var offending = controllers
            .SelectMany(c => c.GetMethods().Where(m => m.DeclaringType == c))
            .SelectMany(m => m.GetParameters().Select(p => (Method: m, p.ParameterType)))
            .Where(x => entities.Contains(x.ParameterType))
            .Select(x => $"{x.Method.DeclaringType!.Name}.{x.Method.Name}")
            .ToList();

        Assert.Empty(offending);
    }
}

/// <summary>Each Area of the site is one module: another module may use only what it made public on purpose.</summary>
public sealed class AreaBoundaryTests
{
    private static readonly System.Reflection.Assembly Web = typeof(Marketplace.Web.Areas.Site.Controllers.HomeController).Assembly;

    private const string AreasNamespace = "Marketplace.Web.Areas.";

    private static string? AreaOf(Type type) =>
        type.Namespace is { } ns && ns.StartsWith(AreasNamespace, StringComparison.Ordinal) ? ns[AreasNamespace.Length..].Split('.')[0] : null;

    private static List<string> AreaNames() => [.. Web.GetTypes().Select(AreaOf).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    public static TheoryData<string> Areas() => [.. AreaNames()];

    [Theory]
    [MemberData(nameof(Areas))]
    public void An_area_uses_no_internal_type_of_another_area(string area)
    {
        var othersInternals = Web.GetTypes()
            .Where(t => AreaOf(t) is { } other && other != area && !t.IsVisible && !t.Name.StartsWith('<'))
            .Select(t => t.FullName!.Replace('+', '/'))
            .ToArray();

        var result = Types.InAssembly(Web).That().ResideInNamespace(AreasNamespace + area)
            .ShouldNot().HaveDependencyOnAny(othersInternals)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{area} uses another area's internals: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_controller_lives_in_an_area()
    {
        var outside = Web.GetTypes()
            .Where(t => typeof(Microsoft.AspNetCore.Mvc.ControllerBase).IsAssignableFrom(t) && AreaOf(t) is null)
            .Select(t => t.FullName);

        Assert.Empty(outside);
    }

    [Fact]
    public void Every_area_registers_itself_with_a_module()
    {
        var modules = Web.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.Name == "IWebModule"))
            .Select(AreaOf)
            .ToHashSet();

        Assert.All(AreaNames(), area => Assert.Contains(area, modules));
    }

    [Fact]
    public void Views_and_controllers_never_see_a_database_entity()
    {
        var entities = EntityTypes();
        var views = Web.GetTypes()
            .Select(t => (View: t, Model: ModelOf(t)))
            .Where(v => v.Model is not null && Mentions(v.Model, entities))
            .Select(v => $"{v.View.Name} : {v.Model!.Name}");
        var actions = Web.GetTypes()
            .Where(t => typeof(Microsoft.AspNetCore.Mvc.ControllerBase).IsAssignableFrom(t))
            .SelectMany(c => c.GetMethods().Where(m => m.DeclaringType == c))
            .Where(m => Mentions(m.ReturnType, entities))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name} returns {m.ReturnType.Name}");

        Assert.Empty(views.Concat(actions));
    }

    internal static HashSet<Type> EntityTypes() =>
        typeof(Marketplace.Data.MarketplaceDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.Name.StartsWith("DbSet", StringComparison.Ordinal))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .Append(typeof(Marketplace.Accounts.MarketplaceUser))
            .ToHashSet();

    private static Type? ModelOf(Type view)
    {
        for (var t = view.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Microsoft.AspNetCore.Mvc.Razor.RazorPage<>))
            {
                return t.GetGenericArguments()[0];
            }
        }

        return null;
    }

    /// <summary>The type is an entity, or is built of one (a list of them, a task of one).</summary>
    private static bool Mentions(Type type, HashSet<Type> entities) =>
        entities.Contains(type) || (type.IsArray && Mentions(type.GetElementType()!, entities))
        || (type.IsGenericType && type.GetGenericArguments().Any(a => Mentions(a, entities)));
}

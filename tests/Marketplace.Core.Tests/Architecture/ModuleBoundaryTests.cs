using NetArchTest.Rules;

namespace Marketplace.Core.Tests.Architecture;

/// <summary>The core knows no adapter and no host: ports point inwards.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly System.Reflection.Assembly Core = typeof(Marketplace.Data.MarketplaceDbContext).Assembly;

    [Fact]
    public void Core_depends_on_no_adapter_host_or_database_provider()
    {
        var result = Types.InAssembly(Core)
            .ShouldNot()
            .HaveDependencyOnAny(
                "Marketplace.Web",
                "Marketplace.Search.Lucene",
                "Marketplace.Search.Elasticsearch",
                "Marketplace.Migrations.Sqlite",
                "Marketplace.Migrations.Postgres",
                "Microsoft.Data.Sqlite",
                "Npgsql",
                "Lucene.Net")
            .GetResult();

        Assert.True(result.IsSuccessful, "Core depends on: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [InlineData(typeof(Marketplace.Search.Lucene.LuceneModule))]
    [InlineData(typeof(Marketplace.Search.Elasticsearch.ElasticsearchModule))]
    public void Search_adapters_do_not_reach_into_the_host_or_each_other(Type module)
    {
        var result = Types.InAssembly(module.Assembly)
            .ShouldNot()
            .HaveDependencyOnAny("Marketplace.Web", module == typeof(Marketplace.Search.Lucene.LuceneModule) ? "Marketplace.Search.Elasticsearch" : "Marketplace.Search.Lucene")
            .GetResult();

        Assert.True(result.IsSuccessful, $"{module.Assembly.GetName().Name} depends on: " + string.Join(", ", result.FailingTypeNames ?? []));
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

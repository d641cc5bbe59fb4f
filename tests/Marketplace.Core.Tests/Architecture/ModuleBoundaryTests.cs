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

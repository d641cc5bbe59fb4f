using System.ComponentModel.DataAnnotations;

namespace Marketplace.Search.Tests.Elasticsearch;

/// <summary>The Marketplace:Search settings as the site validates them at start-up.</summary>
public sealed class ElasticsearchOptionsTests
{
    [Theory]
    [InlineData("Lucene")]
    [InlineData("lucene")]
    [InlineData("ELASTICSEARCH")]
    public void Either_engine_is_accepted_in_any_case(string engine) =>
        Assert.Empty(Errors(new SearchOptions { Engine = engine, Elasticsearch = { Url = "http://localhost:9200" } }));

    [Fact]
    public void Another_engine_is_refused_naming_both()
    {
        Assert.Equal(["Marketplace:Search:Engine is 'Solr'; set it to Lucene or Elasticsearch."], Errors(new SearchOptions { Engine = "Solr" }));
    }

    [Fact]
    public void Lucene_does_not_need_elasticsearch_settings() =>
        Assert.Empty(Errors(new SearchOptions { Engine = "Lucene", Elasticsearch = { IndexPrefix = "Not Valid", TimeoutSeconds = 0 } }));

    [Fact]
    public void Elasticsearch_needs_an_address()
    {
        Assert.Equal(
            ["Marketplace:Search:Engine is Elasticsearch; set Marketplace:Search:Elasticsearch:Url to the server's address, for example http://localhost:9200."],
            Errors(new SearchOptions { Engine = "Elasticsearch" }));
    }

    [Theory]
    [InlineData("localhost:9200")]
    [InlineData("ftp://elastic:secret@localhost")]
    public void The_address_must_be_http_and_is_never_repeated(string url)
    {
        var errors = Errors(new SearchOptions { Engine = "Elasticsearch", Elasticsearch = { Url = url } });

        Assert.Equal(["Marketplace:Search:Elasticsearch:Url is not an http or https address; set it to one, for example http://localhost:9200."], errors);
    }

    [Theory]
    [InlineData("Marketplace-")]
    [InlineData("-marketplace")]
    [InlineData("market place")]
    public void The_index_prefix_must_make_valid_index_names(string prefix)
    {
        var errors = Errors(new SearchOptions { Engine = "Elasticsearch", Elasticsearch = { Url = "http://localhost:9200", IndexPrefix = prefix } });

        Assert.Equal(
            [$"Marketplace:Search:Elasticsearch:IndexPrefix is '{prefix}'; use lower-case letters, digits, '-', '_' or '.', starting with a letter or digit, for example marketplace-."],
            errors);
    }

    [Fact]
    public void The_timeout_is_bounded() =>
        Assert.Equal(
            ["Marketplace:Search:Elasticsearch:TimeoutSeconds is 0; set it to a whole number of seconds from 1 to 300."],
            Errors(new SearchOptions { Engine = "Elasticsearch", Elasticsearch = { Url = "http://localhost:9200", TimeoutSeconds = 0 } }));

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new SearchOptions().Elasticsearch;

        Assert.Equal(("marketplace-", 10, null, null), (options.IndexPrefix, options.TimeoutSeconds, options.Url, options.ApiKey));
    }

    private static List<string?> Errors(SearchOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage)];
    }
}

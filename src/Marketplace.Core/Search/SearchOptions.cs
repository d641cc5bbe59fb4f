using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Marketplace.Search;

/// <summary>Settings under <c>Marketplace:Search</c>.</summary>
public sealed class SearchOptions : IValidatableObject
{
    public const string Section = "Marketplace:Search";

    public const string Lucene = nameof(Lucene);

    /// <summary>The engine name; the property <see cref="Elasticsearch"/> holds that engine's settings.</summary>
    public const string ElasticsearchEngine = "Elasticsearch";

    /// <summary>Lucene (embedded index under the data folder) or Elasticsearch (a server, see <see cref="Elasticsearch"/>).</summary>
    public string Engine { get; set; } = Lucene;

    /// <summary>Index folder for Lucene, relative to Marketplace:DataPath.</summary>
    public string IndexFolder { get; set; } = "search-index";

    /// <summary>
    /// Failed attempts after which an outbox entry is parked (kept, shown in /health, skipped by the worker, cleared
    /// by a reindex) so that one document the engine refuses does not hold up every change behind it.
    /// </summary>
    [Range(1, 100, ErrorMessage = "Marketplace:Search:OutboxMaxAttempts must be between 1 and 100 (default 5).")]
    public int OutboxMaxAttempts { get; set; } = 5;

    /// <summary>Settings under <c>Marketplace:Search:Elasticsearch</c>; read only when <see cref="Engine"/> is Elasticsearch.</summary>
    public ElasticsearchOptions Elasticsearch { get; set; } = new();

    public bool UsesLucene => string.Equals(Engine, Lucene, StringComparison.OrdinalIgnoreCase);

    public bool UsesElasticsearch => string.Equals(Engine, ElasticsearchEngine, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesElasticsearch)
        {
            return Elasticsearch.Validate();
        }

        return UsesLucene
            ? []
            : [new ValidationResult($"Marketplace:Search:Engine is '{Engine}'; set it to Lucene or Elasticsearch.", [nameof(Engine)])];
    }
}

/// <summary>How to reach an Elasticsearch 8 server.</summary>
public sealed partial class ElasticsearchOptions
{
    /// <summary>The server's address, e.g. <c>http://localhost:9200</c>; user and password may be given in it (basic authentication).</summary>
    public string? Url { get; set; }

    /// <summary>Put before every index name, so several sites (or test runs) can share one cluster.</summary>
    public string IndexPrefix { get; set; } = "marketplace-";

    /// <summary>Sent as <c>Authorization: ApiKey ...</c> (the encoded key Elasticsearch returns when the key is created).</summary>
    public string? ApiKey { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    internal IEnumerable<ValidationResult> Validate()
    {
        // The URL may carry a password, so no message here repeats it.
        if (string.IsNullOrWhiteSpace(Url))
        {
            yield return Error(
                "Marketplace:Search:Engine is Elasticsearch; set Marketplace:Search:Elasticsearch:Url to the server's address, for example http://localhost:9200.",
                nameof(Url));
        }
        else if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            yield return Error(
                "Marketplace:Search:Elasticsearch:Url is not an http or https address; set it to one, for example http://localhost:9200.",
                nameof(Url));
        }

        // Elasticsearch refuses index names with capitals, spaces or most punctuation, or starting with - _ +.
        if (!IndexPrefixPattern().IsMatch(IndexPrefix ?? string.Empty))
        {
            yield return Error(
                $"Marketplace:Search:Elasticsearch:IndexPrefix is '{IndexPrefix}'; use lower-case letters, digits, '-', '_' or '.', starting with a letter or digit, for example marketplace-.",
                nameof(IndexPrefix));
        }

        if (TimeoutSeconds is < 1 or > 300)
        {
            yield return Error(
                $"Marketplace:Search:Elasticsearch:TimeoutSeconds is {TimeoutSeconds}; set it to a whole number of seconds from 1 to 300.",
                nameof(TimeoutSeconds));
        }
    }

    private static ValidationResult Error(string message, string member) => new(message, [$"{nameof(SearchOptions.Elasticsearch)}.{member}"]);

    [GeneratedRegex("^([a-z0-9][a-z0-9._-]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPrefixPattern();
}

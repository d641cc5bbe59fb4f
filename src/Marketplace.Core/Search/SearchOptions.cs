using System.ComponentModel.DataAnnotations;

namespace Marketplace.Search;

/// <summary>Settings under <c>Marketplace:Search</c>.</summary>
public sealed class SearchOptions : IValidatableObject
{
    public const string Section = "Marketplace:Search";

    public const string Lucene = nameof(Lucene);

    /// <summary>Lucene (embedded index under the data folder). Elasticsearch arrives with its adapter.</summary>
    public string Engine { get; set; } = Lucene;

    /// <summary>Index folder for Lucene, relative to Marketplace:DataPath.</summary>
    public string IndexFolder { get; set; } = "search-index";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.Equals(Engine, Lucene, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"Marketplace:Search:Engine is '{Engine}'; set it to Lucene (the Elasticsearch adapter is not part of this version).",
                [nameof(Engine)]);
        }
    }
}

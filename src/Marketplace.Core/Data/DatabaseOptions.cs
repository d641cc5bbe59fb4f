using System.ComponentModel.DataAnnotations;

namespace Marketplace.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Settings under <c>Marketplace:Database</c>.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Marketplace:Database";

    /// <summary>Sqlite (embedded default, a file under the data folder) or Postgres.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>Required for Postgres; for Sqlite, empty means App_Data/marketplace.db.</summary>
    public string? ConnectionString { get; set; }

    public DatabaseProvider ProviderKind =>
        Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out var kind) ? kind : throw new InvalidOperationException(InvalidProviderMessage(Provider));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            yield return new ValidationResult(InvalidProviderMessage(Provider), [nameof(Provider)]);
            yield break;
        }

        if (kind == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Set Marketplace:Database:ConnectionString to a PostgreSQL connection string (Host=...;Database=...;Username=...;Password=...) when Marketplace:Database:Provider is Postgres.",
                [nameof(ConnectionString)]);
        }
    }

    private static string InvalidProviderMessage(string? value) =>
        $"Marketplace:Database:Provider is '{value}'; set it to Sqlite or Postgres.";
}

using System.ComponentModel.DataAnnotations;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Search;

namespace Marketplace.Core.Tests.Data;

public sealed class SettingsValidationTests
{
    [Fact]
    public void Unknown_database_provider_is_named_with_what_to_set()
    {
        var errors = Validate(new DatabaseOptions { Provider = "Oracle" });
        Assert.Equal(["Marketplace:Database:Provider is 'Oracle'; set it to Sqlite or Postgres."], errors);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused()
    {
        var error = Assert.Single(Validate(new DatabaseOptions { Provider = "postgres" }));
        Assert.StartsWith("Set Marketplace:Database:ConnectionString", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sqlite", null)]
    [InlineData("Postgres", "Host=127.0.0.1;Database=m")]
    public void Valid_database_settings_pass(string provider, string? connectionString) =>
        Assert.Empty(Validate(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }));

    [Fact]
    public void A_search_engine_this_version_does_not_have_is_refused()
    {
        var error = Assert.Single(Validate(new SearchOptions { Engine = "Solr" }));
        Assert.Contains("Marketplace:Search:Engine is 'Solr'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Administrator_needs_both_email_and_password_or_neither()
    {
        Assert.Single(Validate(new AdministratorOptions { Email = "admin@example.vn" }));
        Assert.Empty(Validate(new AdministratorOptions()));
        Assert.Empty(Validate(new AdministratorOptions { Email = "admin@example.vn", Password = "from-a-secret-store-1" }));
    }

    private static List<string> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }
}

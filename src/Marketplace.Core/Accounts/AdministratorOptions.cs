using System.ComponentModel.DataAnnotations;

namespace Marketplace.Accounts;

/// <summary>
/// Settings under <c>Marketplace:Admin</c>: when both are set (from environment variables or user secrets, never from
/// a file in the repository), the first administrator is created at start-up.
/// </summary>
public sealed class AdministratorOptions : IValidatableObject
{
    public const string Section = "Marketplace:Admin";

    [EmailAddress(ErrorMessage = "Marketplace:Admin:Email must be an e-mail address.")]
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool IsSet => !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrEmpty(Password);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Email) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Set both Marketplace:Admin:Email and Marketplace:Admin:Password, or neither.", [nameof(Email)]);
        }
    }
}

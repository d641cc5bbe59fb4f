using System.ComponentModel.DataAnnotations;
using Marketplace.Accounts;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Marketplace.Web.Areas.Accounts.Models;

public sealed class SignInForm
{
    [Display(Name = "SignIn.Email")]
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [MaxLength(256, ErrorMessage = "Validation.MaxLength")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "SignIn.Password")]
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "SignIn.RememberMe")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignUpForm
{
    public OrganisationType Type { get; set; } = OrganisationType.Cooperative;

    [Display(Name = "SignUp.FullName")]
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    public string FullName { get; set; } = string.Empty;

    [Display(Name = "SignUp.Email")]
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [MaxLength(256, ErrorMessage = "Validation.MaxLength")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "SignUp.Password")]
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "SignUp.OrganisationName")]
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    public string OrganisationName { get; set; } = string.Empty;

    [Display(Name = "SignUp.RegistrationNumber")]
    [MaxLength(50, ErrorMessage = "Validation.MaxLength")]
    public string? RegistrationNumber { get; set; }

    [Display(Name = "SignUp.Province")]
    [Required(ErrorMessage = "Validation.Choose")]
    public string ProvinceCode { get; set; } = string.Empty;

    [Display(Name = "SignUp.CooperativeKind")]
    public CooperativeKind? CooperativeKind { get; set; }

    [Display(Name = "SignUp.BuyerKind")]
    public BuyerKind? BuyerKind { get; set; }
}

/// <summary>The sign-up form with the choices it offers.</summary>
public sealed record SignUpPage(SignUpForm Form, IReadOnlyList<SelectListItem> Provinces);

public sealed class ForgotPasswordForm
{
    [Display(Name = "SignIn.Email")]
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [MaxLength(256, ErrorMessage = "Validation.MaxLength")]
    public string Email { get; set; } = string.Empty;
}

public sealed class ResetPasswordForm
{
    [Required(ErrorMessage = "Validation.Required")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    public string Token { get; set; } = string.Empty;

    [Display(Name = "Reset.NewPassword")]
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    public string Password { get; set; } = string.Empty;
}

/// <summary>A page that only tells the person something, with an optional link onward.</summary>
public sealed record NoticePage(string Title, string Message, bool Success);

public sealed class TokenForm
{
    public const int NameLength = Marketplace.Accounts.AccessTokens.PersonalAccessToken.NameLength;

    /// <summary>Checked by the handler (required, at most <see cref="NameLength"/>), which says so in the person's words.</summary>
    public string? Name { get; set; } = string.Empty;

    /// <summary>Text, not the enum, so that a value no form offers gets the handler's sentence rather than the binder's.</summary>
    public string? Scope { get; set; } = nameof(Marketplace.Accounts.AccessTokens.TokenScope.Read);

    public string? Days { get; set; } = "90";

    public Marketplace.Accounts.AccessTokens.NewTokenRequest ToRequest() => new(
        Name,
        Enum.TryParse<Marketplace.Accounts.AccessTokens.TokenScope>(Scope, ignoreCase: false, out var scope) && !int.TryParse(Scope, out _) ? scope : 0,
        int.TryParse(Days, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) ? days : 0);
}

public sealed record TokensPage(TokenForm Form, IReadOnlyList<Marketplace.Accounts.AccessTokens.TokenListItem> Tokens);

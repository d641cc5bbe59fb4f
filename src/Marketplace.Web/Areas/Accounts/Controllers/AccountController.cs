using Marketplace.Accounts.ConfirmEmail;
using Marketplace.Accounts.Passwords;
using Marketplace.Accounts.SignUp;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.ReferenceData;
using Marketplace.Web.Areas.Accounts.Models;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Accounts.Controllers;

[Area("Accounts")]
[Route("account")]
public sealed class AccountController(
    SignInManager<MarketplaceUser> signIn,
    ReferenceTablesCache referenceTables,
    IStringLocalizer<Text> text) : Controller
{
    [HttpGet("sign-in")]
    [AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost("sign-in")]
    [AllowAnonymous]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await signIn.UserManager.FindByEmailAsync(form.Email.Trim());
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, text["SignIn.Failed"]);
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : Url.Content("~/"));
        }

        var message = result switch
        {
            { IsLockedOut: true } => "SignIn.LockedOut",
            { IsNotAllowed: true } when !user.EmailConfirmed => "SignIn.NotConfirmed",
            _ => "SignIn.Failed",
        };
        ModelState.AddModelError(string.Empty, text[message]);
        return View(form);
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutPost()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(Url.Content("~/"));
    }

    [HttpGet("sign-up")]
    [AllowAnonymous]
    public async Task<IActionResult> SignUp(OrganisationType type = OrganisationType.Cooperative) =>
        View(await PageAsync(new SignUpForm { Type = type == OrganisationType.Buyer ? OrganisationType.Buyer : OrganisationType.Cooperative }));

    [HttpPost("sign-up")]
    [AllowAnonymous]
    [EnableRateLimiting(WebFrontEndModule.MessagesPolicy)]
    public async Task<IActionResult> SignUp([Bind(Prefix = nameof(SignUpPage.Form))] SignUpForm form, [FromServices] SignUpHandler handler, CancellationToken cancellationToken)
    {
        if (form.Type is not (OrganisationType.Cooperative or OrganisationType.Buyer))
        {
            form.Type = OrganisationType.Cooperative;
        }

        if (!ModelState.IsValid)
        {
            return View(await PageAsync(form));
        }

        var request = new SignUpRequest(
            form.Type, form.FullName, form.Email, form.Password, form.OrganisationName, form.RegistrationNumber,
            form.ProvinceCode, form.CooperativeKind, form.BuyerKind, Cultures.CurrentCode);
        var result = await handler.HandleAsync(request, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"{nameof(SignUpPage.Form)}.{error.Field}", Localise(error.MessageKey, error.Detail ?? string.Empty));
            }

            return View(await PageAsync(form));
        }

        return View("Notice", new NoticePage(text["SignUp.Done.Title"], text["SignUp.Done.Body", result.User!.Email!], Success: true));
    }

    [HttpGet("confirm-email")]
    [AllowAnonymous]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? token, [FromServices] ConfirmEmailHandler handler, CancellationToken cancellationToken)
    {
        var confirmed = await handler.HandleAsync(userId, token, cancellationToken);
        return View("Notice", new NoticePage(text["ConfirmEmail.Title"], text[confirmed ? "ConfirmEmail.Done" : "ConfirmEmail.Failed"], confirmed));
    }

    [HttpGet("forgot-password")]
    [AllowAnonymous]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost("forgot-password")]
    [AllowAnonymous]
    [EnableRateLimiting(WebFrontEndModule.MessagesPolicy)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, [FromServices] PasswordResetHandler handler, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await handler.RequestAsync(form.Email, cancellationToken);
        return View("Notice", new NoticePage(text["Forgot.Title"], text["Forgot.Sent"], Success: true));
    }

    [HttpGet("reset-password")]
    [AllowAnonymous]
    public IActionResult ResetPassword(string? email, string? token) =>
        View(new ResetPasswordForm { Email = email ?? string.Empty, Token = token ?? string.Empty });

    [HttpPost("reset-password")]
    [AllowAnonymous]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] PasswordResetHandler handler)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var errors = await handler.ResetAsync(form.Email, form.Token, form.Password);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.StartsWith("Identity.Password", StringComparison.Ordinal) ? nameof(form.Password) : string.Empty, Localise(error));
            }

            return View(form);
        }

        return View("Notice", new NoticePage(text["Reset.Title"], text["Reset.Done"], Success: true));
    }

    /// <summary>Identity may report a code we have no text for; then the person still reads a sentence, not a key.</summary>
    private string Localise(string key, params object[] arguments)
    {
        var message = text[key, arguments];
        return message.ResourceNotFound ? text["Identity.DefaultError"] : message;
    }

    private async Task<SignUpPage> PageAsync(SignUpForm form)
    {
        var english = Cultures.CurrentIsEnglish;
        var tables = await referenceTables.GetAsync(HttpContext.RequestAborted);
        return new SignUpPage(form, ReferenceLists.Provinces(tables, english, form.ProvinceCode));
    }
}

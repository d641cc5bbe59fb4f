using Marketplace.Accounts.CreateAdministrator;
using Marketplace.Accounts.Passwords;
using Marketplace.Accounts.SignUp;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Areas.Accounts;

/// <summary>ASP.NET Core Identity with the four roles, e-mail confirmation and lockout.</summary>
internal sealed class AccountsModule : IWebModule
{
    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddTexts<Marketplace.Localization.AccountsTexts>();
        builder.Services.AddSettings<AdministratorOptions>(AdministratorOptions.Section);

        builder.Services
            .AddIdentity<MarketplaceUser, IdentityRole>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedEmail = true;

                // OWASP ASVS 2.1: at least 12 characters, any characters (Vietnamese marks and spaces: a short
                // sentence is a good password), no composition rules; common ones refused (ADR 0018).
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireNonAlphanumeric = false;

                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<MarketplaceDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        builder.Services.Configure<SecurityStampValidatorOptions>(Sessions.CheckStampOnEveryRequest);

        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/error/403";
            cookie.Cookie.Name = "marketplace.auth";
            cookie.SlidingExpiration = true;
            Sessions.Configure(cookie);

            // An API caller gets 401 or 403 (as problem details), not a redirect to a page it cannot use.
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        builder.Services.AddScoped<IAccountLinks, AccountLinks>();
        builder.Services.AddScoped<AccountEmails>();
        builder.Services.AddScoped<SignUpHandler>();
        builder.Services.AddScoped<UnconfirmedClaims>();
        builder.Services.AddScoped<Marketplace.Accounts.ConfirmEmail.ConfirmEmailHandler>();
        builder.Services.AddScoped<PasswordResetHandler>();
        builder.Services.AddScoped<CreateAdministratorHandler>();
        builder.Services.AddScoped<IMemberNavLink, TokensNavLink>();
        AccessTokenAuthentication.Add(builder);
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (WebFrontEndModule.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            // The handler builds the address from the request's Host; the path alone keeps the person on this site.
            context.Response.Redirect(Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

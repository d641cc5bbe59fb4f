using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Areas.Accounts;

/// <summary>
/// How long a sign-in lasts (OWASP ASVS 3.3, ADR 0018). A session ends 12 hours after the password was typed, however
/// busy it is, and ends at once everywhere when the password changes or is reset: the security stamp is checked on
/// every request, not every 30 minutes as Identity does by default.
/// </summary>
internal static class Sessions
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>Kept in the cookie's properties, which renewals carry over (the claims are rebuilt on each check).</summary>
    private const string SignedInAtItem = "marketplace.signed-in-at";

    public static void Configure(CookieAuthenticationOptions cookie)
    {
        cookie.ExpireTimeSpan = Lifetime;
        var validateStamp = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnSigningIn = context =>
        {
            // A refresh (roles changed) signs in again with the same properties: the first sign-in time stays.
            if (!context.Properties.Items.ContainsKey(SignedInAtItem))
            {
                context.Properties.Items[SignedInAtItem] = Now(context.HttpContext).ToString("O", CultureInfo.InvariantCulture);
            }

            return Task.CompletedTask;
        };
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (IsOver(context.Properties, Now(context.HttpContext)))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await validateStamp(context);
        };
    }

    public static void CheckStampOnEveryRequest(SecurityStampValidatorOptions options) => options.ValidationInterval = TimeSpan.Zero;

    /// <summary>A cookie without the time (issued before this rule) counts from when it was issued.</summary>
    private static bool IsOver(AuthenticationProperties properties, DateTimeOffset now)
    {
        var signedIn = properties.Items.TryGetValue(SignedInAtItem, out var written)
            && DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                ? at
                : properties.IssuedUtc ?? now;
        return now - signedIn >= Lifetime;
    }

    private static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}

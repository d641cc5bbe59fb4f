using System.Security.Claims;
using System.Text.Encodings.Web;
using Marketplace.Accounts;
using Marketplace.Accounts.AccessTokens;
using Marketplace.Localization;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Marketplace.Web.Areas.Accounts;

/// <summary>
/// <c>Authorization: Bearer mkp_…</c> on /api/v1 signs the call in as the token's person, with the person's roles.
/// An unknown, revoked or expired token is 401; a read token on anything but GET/HEAD is 403 (ADR 0020). Pages and
/// requests without the header keep the sign-in cookie; a request with the header ignores any cookie, so a token
/// call is never a cross-site request riding on a session.
/// </summary>
internal static class AccessTokenAuthentication
{
    public const string Scheme = "AccessToken";

    /// <summary>The scheme that picks between the token and the cookie for each request.</summary>
    private const string Selector = "TokenOrCookie";

    private const string ReadOnlyRefused = "marketplace.read-only-token";

    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccessTokenHandlers>();
        builder.Services.AddScoped<AccessTokenAuthenticator>();
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, Handler>(Scheme, null)
            .AddPolicyScheme(Selector, null, policy => policy.ForwardDefaultSelector = context =>
                WebFrontEndModule.IsApi(context) && BearerOf(context.Request) is not null ? Scheme : IdentityConstants.ApplicationScheme);
        builder.Services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultAuthenticateScheme = Selector;
            options.DefaultChallengeScheme = Selector;
            options.DefaultForbidScheme = Selector;
        });
        builder.Services.Configure<OpenApiOptions>("v1", openApi =>
        {
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "A personal access token made at /account/tokens (shown once). Read tokens may only GET; write tokens act as their person. A signed-in browser session works too.",
                };
                return Task.CompletedTask;
            });
            openApi.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
                }

                return Task.CompletedTask;
            });
        });
    }

    /// <summary>The token after "Bearer ", or null when the request carries none.</summary>
    private static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static bool Reads(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    private sealed class Handler(
        IOptionsMonitor<AuthenticationSchemeOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        AccessTokenAuthenticator tokens,
        SignInManager<MarketplaceUser> signIn,
        IStringLocalizer<Text> text)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (BearerOf(Request) is not { } presented)
            {
                return AuthenticateResult.NoResult();
            }

            if (await tokens.FindAsync(presented, Context.RequestAborted) is not { } holder)
            {
                return AuthenticateResult.Fail("The access token is unknown, revoked or expired.");
            }

            if (holder.Scope == TokenScope.Read && !Reads(Request))
            {
                Context.Items[ReadOnlyRefused] = true;
                return AuthenticateResult.Fail("A read token may only read.");
            }

            var person = await signIn.CreateUserPrincipalAsync(holder.User);
            var identity = new ClaimsIdentity(person.Claims, AccessTokenAuthentication.Scheme, ClaimTypes.Name, ClaimTypes.Role);
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AccessTokenAuthentication.Scheme));
        }

        protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            var readOnly = Context.Items.ContainsKey(ReadOnlyRefused);
            ApiProblems.UseCallersLanguage(Context);
            Response.StatusCode = readOnly ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            Response.Headers.WWWAuthenticate = readOnly
                ? "Bearer error=\"insufficient_scope\", scope=\"write\""
                : "Bearer error=\"invalid_token\"";
            await Results.Problem(statusCode: Response.StatusCode, detail: text[readOnly ? "Tokens.Api.ReadOnly" : "Tokens.Api.Invalid"]).ExecuteAsync(Context);
        }
    }
}

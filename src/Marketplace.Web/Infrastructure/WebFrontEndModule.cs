using System.Threading.RateLimiting;
using Marketplace.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>MVC pages with the Razor class library theme, error pages in both languages, antiforgery, rate limits, page cache and compression.</summary>
internal static class WebFrontEndModule
{
    /// <summary>Rate-limit policy for anything that makes the site send a message (sign-up, password reset...).</summary>
    public const string MessagesPolicy = "messages";

    public static WebApplicationBuilder AddWebFrontEnd(this WebApplicationBuilder builder)
    {
        // The theme's files are found through the build's manifest in any environment (dotnet run -c Release, the
        // benchmarks); a published site has no such manifest and serves them from its own wwwroot.
        builder.WebHost.UseStaticWebAssets();
        builder.Services
            .AddControllersWithViews(mvc =>
            {
                mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                mvc.ModelBinderProviders.Insert(0, new NumberModelBinderProvider());
                mvc.ModelBinderProviders.Insert(0, new BooleanModelBinderProvider());

                // Every action that takes [FromMemberOrganisation] is refused without an organisation, here, once.
                mvc.Filters.Add(new MemberOrganisationGuard());

                // MVC's implicit "required" for non-nullable strings speaks English only; our attributes and handlers
                // say it in the reader's language.
                mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Text)));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentMember>();
        builder.Services.AddScoped<CatalogueFormat>(); // the product card partial in Views/Shared, used by several modules
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ApiProblems.Explain);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.AddPageCaching();
        builder.AddResponseCompressing();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(MessagesPolicy, context =>
            {
                var perHour = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.MessagesPerHour;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 });
            });
        });
        return builder;
    }

    public static WebApplication UseErrorPages(this WebApplication app)
    {
        // API errors become RFC 9457 problem details (ApiExceptionHandler); pages re-execute the localised error view.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    public static WebApplication UseWebFrontEnd(this WebApplication app)
    {
        app.UseResponseCompressing();
        app.UseRouting();
        app.UseFormGuard();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePageCaching();
        return app;
    }

    public static WebApplication MapWebFrontEnd(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapControllers();
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}

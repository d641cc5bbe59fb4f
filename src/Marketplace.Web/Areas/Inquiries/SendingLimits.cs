using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Marketplace.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Areas.Inquiries;

/// <summary>Settings under <c>Marketplace:Inquiries</c>: how much one person, and one address, may send in an hour.</summary>
internal sealed class InquiryLimitOptions
{
    public const string Section = "Marketplace:Inquiries";

    [Range(1, 100_000, ErrorMessage = "Set Marketplace:Inquiries:SendsPerPersonPerHour to a whole number from 1 to 100000.")]
    public int SendsPerPersonPerHour { get; set; } = 60;

    [Range(1, 100_000, ErrorMessage = "Set Marketplace:Inquiries:SendsPerAddressPerHour to a whole number from 1 to 100000.")]
    public int SendsPerAddressPerHour { get; set; } = 200;
}

/// <summary>
/// Inquiries, messages and quotations each cost one permit of the person's hour and one of their address's: a person
/// who changes networks, or many accounts behind one address, are both held back. One limiter for the site, so the
/// pages and the API share the count.
/// </summary>
internal sealed class SendingLimiter(IOptions<InquiryLimitOptions> options)
{
    private readonly PartitionedRateLimiter<HttpContext> limiter = PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
            http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
            _ => Hourly(options.Value.SendsPerPersonPerHour))),
        PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => Hourly(options.Value.SendsPerAddressPerHour))));

    public bool TryTake(HttpContext http)
    {
        using var lease = limiter.AttemptAcquire(http);
        return lease.IsAcquired;
    }

    private static FixedWindowRateLimiterOptions Hourly(int permits) => new() { PermitLimit = permits, Window = TimeSpan.FromHours(1), QueueLimit = 0 };
}

/// <summary>On a page action: a sender over the limit gets 429 and the error page in their language; nothing is sent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class LimitSendingAttribute : Attribute, IAsyncActionFilter
{
    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (context.HttpContext.RequestServices.GetRequiredService<SendingLimiter>().TryTake(context.HttpContext))
        {
            return next();
        }

        context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
        return Task.CompletedTask;
    }
}

internal static class SendingLimitEndpoints
{
    /// <summary>The same for an API endpoint: 429 with problem details in the language of <c>lang</c>.</summary>
    public static RouteHandlerBuilder LimitSending(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.RequestServices.GetRequiredService<SendingLimiter>().TryTake(http))
            {
                return await next(context);
            }

            using var speaking = Cultures.SpeakTemporarily(Cultures.FromCode(http.Request.Query["lang"]));
            var text = http.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: text["Error.429.Title"], detail: text["Error.429.Body"]);
        });
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Marketplace.Web.Infrastructure;

/// <summary>Turns an unhandled error under /api into RFC 9457 problem details; pages fall through to the error view.</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!WebFrontEndModule.IsApi(httpContext))
        {
            return false;
        }

        if (exception is BadHttpRequestException badRequest)
        {
            return await WriteBadRequestAsync(httpContext, badRequest);
        }

        if (exception is Marketplace.Search.SearchUnavailableException unavailable)
        {
            // The engine is down: the caller may retry; nothing was lost.
            logger.LogWarning(unavailable, "Search unavailable for {Path}", httpContext.Request.Path);
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = "30";
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "The search engine is not answering; try again shortly.",
                    Extensions = { ["traceId"] = httpContext.TraceIdentifier },
                },
            });
        }

        logger.LogError(exception, "Unhandled error in {Path}", httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
                Extensions = { ["traceId"] = httpContext.TraceIdentifier },
            },
        });
    }

    /// <summary>
    /// A request an endpoint cannot read (a form where JSON is expected: 415; JSON that does not parse: 400) is the
    /// caller's mistake, not ours. Endpoints throw it only in Development; elsewhere they answer the same status directly.
    /// </summary>
    private async ValueTask<bool> WriteBadRequestAsync(HttpContext httpContext, BadHttpRequestException badRequest)
    {
        logger.LogInformation("Refused request to {Path}: {Reason}", httpContext.Request.Path, badRequest.Message);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = ReasonPhrases.GetReasonPhrase(badRequest.StatusCode),
                Extensions = { ["traceId"] = httpContext.TraceIdentifier },
            },
        });
    }
}

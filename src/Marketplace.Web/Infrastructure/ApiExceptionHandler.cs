using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>Turns an unhandled error under /api into RFC 9457 problem details; pages fall through to the error view.</summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, IStringLocalizer<Text> text, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
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
    /// A request an endpoint cannot read (a form where JSON is expected: 415; JSON that does not parse, a query value of
    /// the wrong type: 400) is the caller's mistake, not ours, and the answer says which part and why, in the caller's
    /// language (endpoints throw it everywhere: ApiModule sets ThrowOnBadRequest).
    /// </summary>
    private async ValueTask<bool> WriteBadRequestAsync(HttpContext httpContext, BadHttpRequestException badRequest)
    {
        logger.LogInformation("Refused request to {Path}: {Reason}", httpContext.Request.Path, badRequest.Message);
        ApiProblems.UseCallersLanguage(httpContext);
        var (detail, errors) = Explain(badRequest);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = new ProblemDetails
        {
            Status = badRequest.StatusCode,
            Title = ReasonPhrases.GetReasonPhrase(badRequest.StatusCode),
            Detail = detail,
            Extensions = { ["traceId"] = httpContext.TraceIdentifier },
        };
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    private (string Detail, Dictionary<string, string[]>? Errors) Explain(BadHttpRequestException badRequest)
    {
        if (badRequest.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return (text["Api.NotJson"], null);
        }

        if (badRequest.InnerException is JsonException json)
        {
            var path = json.Path is { Length: > 0 } at ? at : "$";
            var reason = json.Message.Contains(JsonStrings.ControlCharacterMarker, StringComparison.Ordinal) ? text["Api.ControlCharacter"] : text["Api.BadJsonAt", path];
            return (text["Api.BadJson", reason], new() { [path] = [reason] });
        }

        if (BindFailure().Match(badRequest.Message) is { Success: true } bind)
        {
            var name = Parameter(bind.Groups["name"].Value);
            var message = text["Api.BadParameter", name, TextNormalizer.Shorten(bind.Groups["value"].Value, 100)];
            return (message, new() { [name] = [message] });
        }

        if (MissingParameter().Match(badRequest.Message) is { Success: true } missing)
        {
            var name = Parameter(missing.Groups["name"].Value);
            var message = text["Api.MissingParameter", name];
            return (message, new() { [name] = [message] });
        }

        return (text["Api.BadRequest"], null);
    }

    /// <summary>The name as the caller writes it: "Ocop" of "Nullable&lt;int&gt; Ocop" is the query key "ocop".</summary>
    private static string Parameter(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    // The framework's own wording (Microsoft.AspNetCore.Http.RequestDelegateFactory); anything else gets the general message.
    [GeneratedRegex("^Failed to bind parameter \"(?:.+ )?(?<name>\\w+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("^Required parameter \"(?:.+ )?(?<name>\\w+)\" was not provided", RegexOptions.Singleline)]
    private static partial Regex MissingParameter();
}

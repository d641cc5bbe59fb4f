using System.Globalization;
using Marketplace.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Every refusal the API writes says why, in the language of <c>lang</c> as the endpoints answer: a problem written
/// without a detail (a status code page for a request FormGuard refused, a 415 for a body that is not JSON) gets one.
/// </summary>
internal static class ApiProblems
{
    public static void Explain(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null || !WebFrontEndModule.IsApi(context.HttpContext))
        {
            return;
        }

        var key = context.HttpContext.Features.Get<FormRefusal>()?.MessageKey ?? problem.Status switch
        {
            StatusCodes.Status400BadRequest => "Api.BadRequest",
            StatusCodes.Status415UnsupportedMediaType => "Api.NotJson",
            _ => null,
        };
        if (key is null)
        {
            return;
        }

        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            // A lang the caller broke (a NUL in it) is simply not English.
            CultureInfo.CurrentUICulture = Cultures.FromCode(context.HttpContext.Request.Query["lang"].FirstOrDefault());
            problem.Detail = text[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

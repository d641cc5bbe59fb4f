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

        UseCallersLanguage(context.HttpContext);
        problem.Detail = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Text>>()[key];
    }

    /// <summary>
    /// The language the endpoint would have answered in (its lang), for a refusal written before the endpoint ran; the
    /// request ends with this answer. A lang the caller broke (a NUL in it) is simply not English.
    /// </summary>
    public static void UseCallersLanguage(HttpContext context)
    {
        var language = Cultures.FromCode(context.Request.Query["lang"].FirstOrDefault());
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (language, language);
    }
}

using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Marketplace.Accounts.SignUp;
using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Demands.Browse;
using Marketplace.Demands.PostDemand;
using Marketplace.Demands;
using Marketplace.Localization;
using Marketplace.Web.Areas.Catalogue.Api;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

using static Marketplace.Web.Infrastructure.ApiRequests;

namespace Marketplace.Web.Areas.Demands.Api;

/// <summary>
/// Buyers' demands for other systems: open demands to read, and posting one as the signed-in buyer. Posting takes the
/// site's cookie without an antiforgery token because it takes JSON only (docs/adr/0006-demands-api-authentication.md).
/// </summary>
internal static class DemandEndpoints
{
    public static RouteGroupBuilder MapDemandsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/demands", ListDemandsAsync).WithName("ListDemands").WithTags("Demands")
            .WithSummary("Open demands (not closed, valid-until not passed in Vietnam), newest first; filter by category (a top-level category includes its children) and delivery province.");
        api.MapGet("/demands/{id:int}", GetDemandAsync).WithName("GetDemand").WithTags("Demands")
            .WithSummary("One demand, with its status: open, closed or expired.");
        api.MapPost("/demands", PostDemandAsync).WithName("PostDemand").WithTags("Demands")
            .WithSummary("Posts a demand as the signed-in buyer (the site's sign-in cookie); JSON only. Field errors come back per field in the language of lang.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Buyer))
            .RequireMemberOrganisation(http => OnlyBuyers(http.RequestServices.GetRequiredService<IStringLocalizer<Text>>(), (string?)http.Request.Query["lang"]))
            .Accepts<DemandRequest>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<PageDto<DemandSummaryDto>> ListDemandsAsync(
        DemandReader demands, string? category, string? province, int page = 1, int pageSize = 24, string? lang = null, CancellationToken cancellationToken = default)
    {
        var result = await demands.BrowseAsync(category, province, page, pageSize, UseLanguage(lang), cancellationToken);
        return new PageDto<DemandSummaryDto>(result.Items.Select(ToSummary).ToList(), result.Page, result.PageSize, result.Total);
    }

    private static async Task<Results<Ok<DemandDto>, NotFound>> GetDemandAsync(DemandReader demands, int id, string? lang = null, CancellationToken cancellationToken = default) =>
        await demands.DemandAsync(id, UseLanguage(lang), cancellationToken) is { } demand ? TypedResults.Ok(ToDto(demand)) : TypedResults.NotFound();

    private static async Task<Results<Created<DemandDto>, ValidationProblem, ProblemHttpResult>> PostDemandAsync(
        [FromBody] DemandRequest request,
        PostDemandHandler postDemand,
        DemandReader demands,
        MemberOrganisation organisation,
        ClaimsPrincipal user,
        IStringLocalizer<Text> text,
        string? lang = null,
        CancellationToken cancellationToken = default)
    {
        var english = UseLanguage(lang);
        var change = await postDemand.HandleAsync(organisation.Id, user.FindFirstValue(ClaimTypes.NameIdentifier), ToForm(request), cancellationToken);
        if (change.IsNotABuyer)
        {
            return Forbidden(text);
        }

        if (!change.Succeeded)
        {
            return TypedResults.ValidationProblem(FieldErrors(change.Errors, text, RequestName), title: text["Demands.Api.Invalid"]);
        }

        var demand = await demands.DemandAsync(change.DemandId!.Value, english, cancellationToken)
            ?? throw new InvalidOperationException($"Demand {change.DemandId} was saved but cannot be read back.");
        return TypedResults.Created($"/api/v1/demands/{demand.Card.Id}", ToDto(demand));
    }

    private static ProblemHttpResult Forbidden(IStringLocalizer<Text> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: text["Demands.OnlyBuyers"]);

    /// <summary>A member without an organisation, refused before the handler runs: still in the language of lang.</summary>
    private static ProblemHttpResult OnlyBuyers(IStringLocalizer<Text> text, string? lang)
    {
        UseLanguage(lang);
        return Forbidden(text);
    }

    private static string RequestName(string field) => field switch
    {
        nameof(DemandForm.CategoryCode) => "category",
        nameof(DemandForm.DeliveryProvinceCode) => "deliveryProvince",
        _ => JsonNamingPolicy.CamelCase.ConvertName(field),
    };

    private static DemandForm ToForm(DemandRequest r) => new(
        r.Title, r.Category, r.Quantity, EnumOrNull<SalesUnit>(r.Unit), EnumOrNull<DemandFrequency>(r.Frequency), r.DeliveryProvince,
        r.DeliveryFrom, r.DeliveryTo, r.ValidUntil, r.RequiredCertificates ?? [], r.MinimumOcopStars, r.TargetPriceVnd, r.Description,
        r.ShowCompanyName ?? true);

    private static DemandSummaryDto ToSummary(DemandCard card) => new(
        card.Id,
        card.Title,
        card.CategoryCode,
        card.CategoryName,
        card.Quantity,
        card.Unit.ToString().ToLowerInvariant(),
        Name(card.Frequency),
        card.DeliveryProvinceCode,
        card.DeliveryProvinceName,
        card.DeliveryFrom,
        card.DeliveryTo,
        card.RequiredCertificates.Select(c => new RequiredCertificateDto(c.Code, c.Name)).ToList(),
        card.MinimumOcopStars,
        card.TargetPriceVnd,
        card.ValidUntil,
        Name(card.State),
        new DemandBuyerDto(card.Buyer.Name, card.Buyer.Kind is { } kind ? Name(kind) : null, card.Buyer.ProvinceName),
        card.CreatedAtUtc,
        $"/demands/{card.Id}");

    private static DemandDto ToDto(DemandDetails demand) => new(ToSummary(demand.Card), demand.Description);
}

/// <summary>
/// A demand to post. <c>unit</c>: kg, tan, ta, yen, hop, chai, thung, tui, cai, lit, bo. <c>frequency</c>: once, weekly,
/// monthly, perSeason. Days are YYYY-MM-DD in Vietnam; <c>targetPriceVnd</c> is whole VND per unit;
/// <c>requiredCertificates</c> are certificate type codes (GET /api/v1/certificate-types) other than OCOP, which is
/// <c>minimumOcopStars</c> (3–5). <c>showCompanyName</c> defaults to true.
/// </summary>
public sealed record DemandRequest(
    string? Title,
    string? Category,
    decimal? Quantity,
    string? Unit,
    string? Frequency,
    string? DeliveryProvince,
    DateOnly? DeliveryFrom,
    DateOnly? DeliveryTo,
    DateOnly? ValidUntil,
    IReadOnlyList<string>? RequiredCertificates,
    int? MinimumOcopStars,
    long? TargetPriceVnd,
    string? Description,
    bool? ShowCompanyName);

/// <summary>Who asks: <c>name</c> is null when the buyer chose to show only its kind and province.</summary>
public sealed record DemandBuyerDto(string? Name, string? Kind, string Province);

public sealed record RequiredCertificateDto(string Code, string Name);

/// <summary><c>status</c>: open, closed or expired. Quantity in <c>unit</c>s; target price in whole VND per unit, null to be agreed.</summary>
public sealed record DemandSummaryDto(
    int Id, string Title, string Category, string CategoryName, decimal Quantity, string Unit, string Frequency, string DeliveryProvince,
    string DeliveryProvinceName, DateOnly DeliveryFrom, DateOnly DeliveryTo, IReadOnlyList<RequiredCertificateDto> RequiredCertificates,
    int? MinimumOcopStars, long? TargetPriceVnd, DateOnly ValidUntil, string Status, DemandBuyerDto Buyer, DateTime CreatedAtUtc, string Url);

/// <summary>The summary and the description as the buyer wrote it (Markdown).</summary>
public sealed record DemandDto(DemandSummaryDto Summary, string? Description);

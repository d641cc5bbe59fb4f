using System.Security.Claims;
using Marketplace.Accounts;
using Marketplace.Localization;
using Marketplace.Matching;
using Marketplace.Web.Areas.Catalogue.Api;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Areas.Matching.Api;

/// <summary>The products that can fill a demand, for the buyer who posted it.</summary>
internal static class MatchingEndpoints
{
    public static RouteGroupBuilder MapMatchingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/demands/{id:int}/matches", MatchesAsync).WithName("GetDemandMatches").WithTags("Demands")
            .WithSummary("The products that can fill one of your demands, best first (at most three per cooperative), each with its score and "
                + "the reasons in the language of lang. Only the buyer who posted the demand (signed in) and staff may read them; others get 404.")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<SupplyMatchDto>>, NotFound>> MatchesAsync(
        DemandMatchesReader reader, CurrentMember member, ClaimsPrincipal user, int id, int take = DemandMatchesReader.DefaultTake, string? lang = null, CancellationToken cancellationToken = default)
    {
        var english = string.Equals(lang, Cultures.EnglishCode, StringComparison.OrdinalIgnoreCase);
        var staff = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Organiser);
        var matches = await reader.ReadAsync(id, await member.OrganisationIdAsync(cancellationToken), staff, english, take, cancellationToken);
        if (matches is null)
        {
            return TypedResults.NotFound();
        }

        IReadOnlyList<SupplyMatchDto> dtos = matches.Select(m => new SupplyMatchDto(
                ProductDtos.Summary(m.Product),
                m.Score,
                m.Reasons.Zip(m.ReasonTexts, (r, t) => new MatchReasonDto(r.Kind.ToString().ToLowerInvariant(), r.Met, t)).ToList()))
            .ToList();
        return TypedResults.Ok(dtos);
    }
}

/// <summary>One matched product; <c>reasons</c> say why (kind, whether met, and the sentence).</summary>
public sealed record SupplyMatchDto(ProductSummaryDto Product, double Score, IReadOnlyList<MatchReasonDto> Reasons);

public sealed record MatchReasonDto(string Kind, bool Met, string Text);

using System.Security.Claims;
using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Inquiries;
using Marketplace.Inquiries.ActOnThread;
using Marketplace.Inquiries.QuoteInquiry;
using Marketplace.Inquiries.ReadInbox;
using Marketplace.Inquiries.ReadThread;
using Marketplace.Inquiries.SendInquiry;
using Marketplace.Localization;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using static Marketplace.Web.Infrastructure.ApiRequests;

namespace Marketplace.Web.Areas.Inquiries.Api;

/// <summary>
/// Inquiry threads for buyers' and cooperatives' own systems: the same handlers as the pages, so the same rules and
/// the same 404 for a thread of others. JSON only, like POST /api/v1/demands (docs/adr/0006).
/// </summary>
internal static class InquiryEndpoints
{
    public static RouteGroupBuilder MapInquiriesApi(this RouteGroupBuilder api)
    {
        var threads = api.MapGroup("/inquiries").WithTags("Inquiries")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Buyer, Roles.Cooperative));
        threads.MapGet("", ListAsync).WithName("ListInquiries")
            .WithSummary("The member's threads (as buyer or cooperative), newest activity first, with unread counts; filter by state, search in names, products and messages.")
            .RequireMemberOrganisation(NotAMember);
        threads.MapPost("", SendAsync).WithName("SendInquiry")
            .WithSummary("Sends an inquiry about products of one cooperative, or a request for quotation to up to 10 (products of several cooperatives). Buyers only.")
            .RequireMemberOrganisation(NotAMember).LimitSending()
            .Accepts<InquiryRequest>("application/json")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
        threads.MapGet("/{id:int}", GetAsync).WithName("GetInquiry")
            .WithSummary("One thread: what was asked, its state, its quotations. 404 for anyone but its two parties.")
            .RequireMemberOrganisation(NotFoundForNonMember);
        threads.MapGet("/{id:int}/messages", MessagesAsync).WithName("ListInquiryMessages")
            .WithSummary("The thread's history: messages and every move, with who and when.")
            .RequireMemberOrganisation(NotFoundForNonMember);
        threads.MapPost("/{id:int}/messages", PostMessageAsync).WithName("PostInquiryMessage")
            .WithSummary("Writes in the thread: a message (default), or a move that carries words: requestSample, sendSample, decline, reportSpam, withdraw.")
            .RequireMemberOrganisation(NotFoundForNonMember).LimitSending()
            .Accepts<MessageRequest>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
        threads.MapPost("/{id:int}/quotes", QuoteAsync).WithName("QuoteInquiry")
            .WithSummary("The cooperative quotes (or revises its quote, which supersedes the last): lines per product in whole VND, terms, validity.")
            .RequireMemberOrganisation(NotFoundForNonMember).LimitSending()
            .Accepts<QuoteRequest>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<InboxDto> ListAsync(InboxReader inbox, MemberOrganisation organisation, string? state, string? q, int page = 1, string? lang = null, CancellationToken cancellationToken = default)
    {
        var english = UseLanguage(lang);
        var result = await inbox.ReadAsync(organisation.Id, EnumOrNull<InquiryState>(state), q, page, english, cancellationToken);
        return new InboxDto(
            [.. result.Items.Select(i => new InboxItemDto(i.Id, Name(i.Viewer), i.Counterpart, i.Products, Name(i.State), i.UpdatedAtUtc, i.Unread, i.RequestId))],
            result.Page, result.PageSize, result.Total, result.UnreadThreads);
    }

    private static async Task<Results<Created<SentDto>, ValidationProblem, ProblemHttpResult>> SendAsync(
        [FromBody] InquiryRequest request, SendInquiryHandler send, MemberOrganisation organisation, ClaimsPrincipal user, IStringLocalizer<Text> text, string? lang = null, CancellationToken cancellationToken = default)
    {
        UseLanguage(lang);
        var form = new InquiryForm(
            request.Products ?? [], request.Quantity, EnumOrNull<SalesUnit>(request.Unit), request.DeliveryProvince, request.DeliveryFrom, request.DeliveryTo,
            request.TargetPriceVnd, request.RequiredCertificates ?? [], request.Message, request.Deadline, request.DemandId, request.WantedQuotes);
        var sent = await send.HandleAsync(organisation.Id, user.FindFirstValue(ClaimTypes.NameIdentifier)!, form, null, cancellationToken);
        if (sent.IsNotABuyer)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: text["Inquiries.OnlyBuyers"]);
        }

        if (!sent.Succeeded)
        {
            return TypedResults.ValidationProblem(FieldErrors(sent.Errors, text, RequestName), title: text["Inquiries.Api.Invalid"]);
        }

        return TypedResults.Created($"/api/v1/inquiries/{sent.InquiryIds[0]}", new SentDto(sent.InquiryIds, sent.RequestId));
    }

    private static async Task<Results<Ok<ThreadDto>, NotFound>> GetAsync(int id, ReadThreadHandler threads, MemberOrganisation organisation, string? lang = null, CancellationToken cancellationToken = default) =>
        await threads.ReadAsync(organisation.Id, id, UseLanguage(lang), cancellationToken) is { } thread ? TypedResults.Ok(ToDto(thread)) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<EventDto>>, NotFound>> MessagesAsync(int id, ReadThreadHandler threads, MemberOrganisation organisation, string? lang = null, CancellationToken cancellationToken = default) =>
        await threads.ReadAsync(organisation.Id, id, UseLanguage(lang), cancellationToken) is { } thread ? TypedResults.Ok(Events(thread)) : TypedResults.NotFound();

    private static async Task<Results<Created<ThreadDto>, NotFound, ValidationProblem, ProblemHttpResult>> PostMessageAsync(
        int id, [FromBody] MessageRequest request, ActOnThreadHandler act, ReadThreadHandler threads, MemberOrganisation organisation, ClaimsPrincipal user, IStringLocalizer<Text> text, string? lang = null, CancellationToken cancellationToken = default)
    {
        var english = UseLanguage(lang);
        var move = request.Action is null ? InquiryAction.Message : EnumOrNull<InquiryAction>(request.Action);
        if (move is null || !ActOnThreadHandler.Actions.Contains(move.Value))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["action"] = [text["Inquiries.Api.Action"]] }, title: text["Inquiries.Api.Invalid"]);
        }

        var result = await act.HandleAsync(organisation.Id, user.FindFirstValue(ClaimTypes.NameIdentifier)!, id, move.Value, request.Text, cancellationToken);
        return await MovedAsync(result, id, threads, organisation, english, text, cancellationToken);
    }

    /// <summary>A <c>null</c> in the lines is a line that names no product: refused by the validator with its field, like any other.</summary>
    private static readonly QuoteLineRequest NoLine = new(0, null, null, null, null, null, null, null);

    private static async Task<Results<Created<ThreadDto>, NotFound, ValidationProblem, ProblemHttpResult>> QuoteAsync(
        int id, [FromBody] QuoteRequest request, QuoteInquiryHandler quote, ReadThreadHandler threads, MemberOrganisation organisation, ClaimsPrincipal user, IStringLocalizer<Text> text, string? lang = null, CancellationToken cancellationToken = default)
    {
        var english = UseLanguage(lang);
        var form = new QuoteForm(
            EnumOrNull<DeliveryTerms>(request.DeliveryTerms), request.DeliveryPlace, request.LeadTimeDays, request.PaymentTerms, request.ValidUntil,
            [.. (request.Lines ?? []).Take(InquiryForm.MaxProducts + 1).Select(l => l ?? NoLine).Select(l => new QuoteLineForm(
                l.Product, true, l.UnitPriceVnd, l.Quantity, EnumOrNull<SalesUnit>(l.Unit), l.MinimumOrder, l.Packaging, l.SamplePriceVnd,
                [.. (l.Tiers ?? []).Take(QuoteForm.MaxTiers + 1).Select(t => new QuoteTierForm(t?.FromQuantity, t?.UnitPriceVnd))]))]);
        if (await threads.ReadAsync(organisation.Id, id, english, cancellationToken) is not { Viewer: InquiryParty.Cooperative })
        {
            return TypedResults.NotFound();
        }

        var (result, errors) = await quote.HandleAsync(organisation.Id, user.FindFirstValue(ClaimTypes.NameIdentifier)!, id, form, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(FieldErrors(errors, text), title: text["Inquiries.Api.Invalid"]);
        }

        return await MovedAsync(result, id, threads, organisation, english, text, cancellationToken);
    }

    private static async Task<Results<Created<ThreadDto>, NotFound, ValidationProblem, ProblemHttpResult>> MovedAsync(
        MoveResult result, int id, ReadThreadHandler threads, MemberOrganisation organisation, bool english, IStringLocalizer<Text> text, CancellationToken cancellationToken) => result.Outcome switch
        {
            MoveOutcome.NotFound => TypedResults.NotFound(),
            MoveOutcome.Done => TypedResults.Created($"/api/v1/inquiries/{id}", ToDto((await threads.ReadAsync(organisation.Id, id, english, cancellationToken))!)),
            MoveOutcome.NotAllowed => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: text[result.MessageKey ?? "Inquiries.Move.NotAllowed"], detail: text["Inquiries.Api.StateIs", Name(result.State ?? InquiryState.Sent)]),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [CamelCase(result.Field ?? "text")] = [text[result.MessageKey ?? "Inquiries.Api.Invalid"]] }, title: text["Inquiries.Api.Invalid"]),
        };

    private static IResult NotAMember(HttpContext http)
    {
        UseLanguage(http.Request.Query["lang"]);
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: http.RequestServices.GetRequiredService<IStringLocalizer<Text>>()["Inquiries.OnlyMembers"]);
    }

    private static IResult NotFoundForNonMember(HttpContext http) => TypedResults.NotFound();

    private static string RequestName(string field) => field switch
    {
        nameof(InquiryForm.ProductIds) => "products",
        nameof(InquiryForm.DeliveryProvinceCode) => "deliveryProvince",
        _ => CamelCase(field),
    };

    private static ThreadDto ToDto(ThreadView t) => new(
        t.Id, Name(t.Viewer), Name(t.State), new PartyDto(t.BuyerId, t.BuyerName), new PartyDto(t.CooperativeId, t.CooperativeName),
        [.. t.Products.Select(p => new ThreadProductDto(p.Id, p.Name))],
        t.Quantity, Name(t.Unit), t.DeliveryProvince, t.DeliveryFrom, t.DeliveryTo, t.TargetPriceVnd, t.RequiredCertificates, t.Deadline, t.RequestId, t.DemandId, t.CreatedAtUtc,
        [.. t.Quotations.Select(q => new QuotationDto(
            q.Id, q.Revision, Name(q.DeliveryTerms), q.DeliveryPlace, q.LeadTimeDays, q.PaymentTerms, q.ValidUntil, q.CreatedAtUtc, q.SupersededAtUtc, t.IsLapsed(q), QuotationPricing.TotalVnd(q),
            [.. q.Lines.Select(l => new QuotationLineDto(l.ProductId, l.UnitPriceVnd, l.Quantity, Name(l.Unit), l.MinimumOrder, l.Packaging, l.SamplePriceVnd, [.. l.Tiers.Select(x => new TierDto(x.FromQuantity, x.UnitPriceVnd))]))]))],
        t.AcceptedQuotationId is null ? null : new DealDto(t.AcceptedQuotationId.Value, t.DealQuantity, t.DealUnit is { } unit ? Name(unit) : null, t.DealValueVnd));

    private static IReadOnlyList<EventDto> Events(ThreadView t) =>
        [.. t.Entries.Select(e => new EventDto(Name(e.Action), Name(e.Party), e.ByName, e.AtUtc, Name(e.FromState), Name(e.ToState), e.Party == InquiryParty.System ? null : e.Text, e.QuotationId))];
}

public sealed record InquiryRequest(
    IReadOnlyList<int>? Products, decimal? Quantity, string? Unit, string? DeliveryProvince, DateOnly? DeliveryFrom, DateOnly? DeliveryTo,
    long? TargetPriceVnd, IReadOnlyList<string>? RequiredCertificates, string? Message, DateOnly? Deadline, int? DemandId, int? WantedQuotes);

public sealed record MessageRequest(string? Text, string? Action);

public sealed record QuoteRequest(string? DeliveryTerms, string? DeliveryPlace, int? LeadTimeDays, string? PaymentTerms, DateOnly? ValidUntil, IReadOnlyList<QuoteLineRequest>? Lines);

public sealed record QuoteLineRequest(int Product, long? UnitPriceVnd, decimal? Quantity, string? Unit, decimal? MinimumOrder, string? Packaging, long? SamplePriceVnd, IReadOnlyList<TierDto>? Tiers);

public sealed record TierDto(decimal? FromQuantity, long? UnitPriceVnd);

public sealed record SentDto(IReadOnlyList<int> Inquiries, int? RequestId);

public sealed record InboxItemDto(int Id, string Side, string Counterpart, IReadOnlyList<string> Products, string State, DateTime UpdatedAtUtc, int Unread, int? RequestId);

public sealed record InboxDto(IReadOnlyList<InboxItemDto> Items, int Page, int PageSize, int Total, int UnreadThreads);

public sealed record PartyDto(int Id, string Name);

public sealed record ThreadProductDto(int Id, string Name);

public sealed record QuotationLineDto(int Product, long UnitPriceVnd, decimal Quantity, string Unit, decimal? MinimumOrder, string? Packaging, long? SamplePriceVnd, IReadOnlyList<TierDto> Tiers);

public sealed record QuotationDto(int Id, int Revision, string DeliveryTerms, string? DeliveryPlace, int LeadTimeDays, string? PaymentTerms, DateOnly ValidUntil, DateTime CreatedAtUtc, DateTime? SupersededAtUtc, bool Lapsed, long TotalVnd, IReadOnlyList<QuotationLineDto> Lines);

public sealed record DealDto(int Quotation, decimal? Quantity, string? Unit, long? ValueVnd);

public sealed record ThreadDto(
    int Id, string Side, string State, PartyDto Buyer, PartyDto Cooperative, IReadOnlyList<ThreadProductDto> Products, decimal Quantity, string Unit, string DeliveryProvince,
    DateOnly DeliveryFrom, DateOnly DeliveryTo, long? TargetPriceVnd, IReadOnlyList<string> RequiredCertificates, DateOnly Deadline, int? RequestId, int? DemandId, DateTime CreatedAtUtc,
    IReadOnlyList<QuotationDto> Quotations, DealDto? Deal);

public sealed record EventDto(string Action, string Party, string? By, DateTime AtUtc, string From, string To, string? Text, int? Quotation);

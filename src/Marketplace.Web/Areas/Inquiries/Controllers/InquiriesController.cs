using System.Security.Claims;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Inquiries;
using Marketplace.Inquiries.AcceptQuotation;
using Marketplace.Inquiries.ActOnThread;
using Marketplace.Inquiries.BlockBuyer;
using Marketplace.Inquiries.CompareQuotes;
using Marketplace.Inquiries.Notify;
using Marketplace.Inquiries.QuoteInquiry;
using Marketplace.Inquiries.ReadInbox;
using Marketplace.Inquiries.ReadThread;
using Marketplace.Inquiries.SendInquiry;
using Marketplace.Localization;
using Marketplace.Media;
using Marketplace.ReferenceData;
using Marketplace.Web.Areas.Inquiries.Models;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Inquiries.Controllers;

/// <summary>
/// Inquiry threads between buyers and cooperatives. Every action reads or acts through a handler that scopes the
/// thread by the member's organisation (<see cref="InquiryAccess"/>), so a thread of others answers 404, never its data.
/// </summary>
[Area("Inquiries")]
[Authorize(Roles = $"{Roles.Buyer},{Roles.Cooperative}")]
[Route("inquiries")]
public sealed class InquiriesController(IStringLocalizer<Text> text, InquiryPages pages, TimeProvider clock) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromMemberOrganisation] int organisation, [FromServices] InboxReader inbox, InquiryState? state, string? q, int page = 1, CancellationToken cancellationToken = default) =>
        View(new InboxView(await inbox.ReadAsync(organisation, state, q, page, Cultures.CurrentIsEnglish, cancellationToken), state, q, User.IsInRole(Roles.Buyer)));

    [HttpGet("new")]
    [Authorize(Roles = Roles.Buyer)]
    public async Task<IActionResult> New([FromMemberOrganisation] int organisation, int? product, int? cooperative, int? demand, CancellationToken cancellationToken)
    {
        if (product is null && cooperative is null && demand is null)
        {
            // Nothing chosen yet (the address typed, or a link cut short): an inquiry starts from supply, so go find it.
            TempData["Notice"] = text["Inquiries.New.ChooseFirst"].Value;
            return Redirect(Url.Content("~/search"));
        }

        var form = new InquiryFormModel { FromProduct = product, FromCooperative = cooperative, DemandId = demand };
        return await pages.NewAsync(organisation, form, prefill: true, cancellationToken) is { } page ? View(page) : NotFound();
    }

    [HttpPost("new")]
    [Authorize(Roles = Roles.Buyer)]
    [LimitSending]
    [RequestSizeLimit(ImageLimits.MaxBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = ImageLimits.MaxBytes + (1024 * 1024))]
    public async Task<IActionResult> Send([FromMemberOrganisation] int organisation, InquiryFormModel form, IFormFile? specification, [FromServices] SendInquiryHandler send, [FromServices] InquiryFormValidator validator, [FromServices] ImageUploads uploads, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ModelState.AddFieldErrors((await validator.ValidateAsync(form.ToForm(), cancellationToken)).Errors, text);
            return await pages.NewAsync(organisation, form, prefill: false, cancellationToken) is { } refused ? View("New", refused) : NotFound();
        }

        string? specificationKey = null;
        if (specification is { Length: > 0 })
        {
            try
            {
                await using var upload = specification.OpenReadStream();
                specificationKey = (await uploads.StoreAsync($"{MediaKeys.PrivatePrefix}inq", upload, cancellationToken)).Key;
            }
            catch (ImageRefusedException refused)
            {
                ModelState.AddModelError("specification", text[$"Image.{refused.Reason}"]);
                ModelState.AddFieldErrors((await validator.ValidateAsync(form.ToForm(), cancellationToken)).Errors, text);
                return await pages.NewAsync(organisation, form, prefill: false, cancellationToken) is { } page ? View("New", page) : NotFound();
            }
        }

        var sent = await send.HandleAsync(organisation, UserId, form.ToForm(), specificationKey, cancellationToken);
        if (!sent.Succeeded)
        {
            await uploads.DeleteAsync(specificationKey, CancellationToken.None);
            if (sent.IsNotABuyer)
            {
                return Forbid();
            }

            ModelState.AddFieldErrors(sent.Errors, text);
            return await pages.NewAsync(organisation, form, prefill: false, cancellationToken) is { } page ? View("New", page) : NotFound();
        }

        TempData["Notice"] = text[sent.InquiryIds.Count > 1 ? "Inquiries.SentMany" : "Inquiries.Sent", sent.InquiryIds.Count].Value;
        return Redirect(sent.RequestId is { } request ? Url.Content($"~/inquiries/requests/{request}") : Url.Content($"~/inquiries/{sent.InquiryIds[0]}"));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, [FromServices] ReadThreadHandler threads, CancellationToken cancellationToken)
    {
        var thread = await threads.OpenAsync(organisation, UserId, id, Cultures.CurrentIsEnglish, cancellationToken);
        return thread is null ? NotFound() : View(pages.Thread(thread, null));
    }

    [HttpPost("{id:int}/act")]
    [LimitSending]
    public async Task<IActionResult> Act([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, InquiryAction move, string? words, [FromServices] ActOnThreadHandler act, [FromServices] ReadThreadHandler threads, CancellationToken cancellationToken) =>
        await MovedAsync(organisation, id, await act.HandleAsync(organisation, UserId, id, move, words, cancellationToken), $"Inquiries.Done.{move}", move, words, threads, cancellationToken);

    [HttpGet("{id:int}/quote")]
    public async Task<IActionResult> Quote([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, [FromServices] ReadThreadHandler threads, CancellationToken cancellationToken)
    {
        var thread = await threads.ReadAsync(organisation, id, Cultures.CurrentIsEnglish, cancellationToken);
        if (thread is null || thread.Viewer != InquiryParty.Cooperative)
        {
            return NotFound();
        }

        return View(new QuotePage(thread, QuotePage.Blank(thread, Cultures.TodayInVietnam(clock))));
    }

    [HttpPost("{id:int}/quote")]
    [LimitSending]
    public async Task<IActionResult> SendQuote([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, QuoteFormModel form, [FromServices] ReadThreadHandler threads, [FromServices] QuoteInquiryHandler quote, CancellationToken cancellationToken)
    {
        var thread = await threads.ReadAsync(organisation, id, Cultures.CurrentIsEnglish, cancellationToken);
        if (thread is null || thread.Viewer != InquiryParty.Cooperative)
        {
            return NotFound();
        }

        var asked = thread.Products.Select(p => p.Id).ToList();
        if (ModelState.IsValid)
        {
            var (result, errors) = await quote.HandleAsync(organisation, UserId, id, form.ToForm(), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Notice"] = text["Inquiries.Done.Quote"].Value;
                return Redirect(Url.Content($"~/inquiries/{id}#quotations"));
            }

            if (result.Outcome == MoveOutcome.NotFound)
            {
                return NotFound();
            }

            ModelState.AddFieldErrors(errors, text);
            if (result.MessageKey is { } key)
            {
                ModelState.AddModelError(string.Empty, text[key]);
            }
        }
        else
        {
            ModelState.AddFieldErrors(QuoteInquiryHandler.Validate(form.ToForm(), asked, Cultures.TodayInVietnam(clock)), text);
        }

        return View("Quote", new QuotePage(thread, form));
    }

    [HttpPost("{id:int}/accept")]
    public async Task<IActionResult> Accept([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, int quotation, string? words, [FromServices] AcceptQuotationHandler accept, [FromServices] ReadThreadHandler threads, CancellationToken cancellationToken) =>
        await MovedAsync(organisation, id, await accept.HandleAsync(organisation, UserId, id, quotation, words, cancellationToken), "Inquiries.Done.Accept", InquiryAction.Accept, words, threads, cancellationToken);

    [HttpPost("{id:int}/block")]
    public async Task<IActionResult> Block([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, bool block, [FromServices] BlockBuyerHandler blocks, CancellationToken cancellationToken)
    {
        if (!await blocks.HandleAsync(organisation, UserId, id, block, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = text[block ? "Inquiries.Done.Block" : "Inquiries.Done.Unblock"].Value;
        return Redirect(Url.Content($"~/inquiries/{id}"));
    }

    /// <summary>The buyer's specification image: only the two parties may see it, so it is never under the public /media path.</summary>
    [HttpGet("{id:int}/specification/{file}")]
    public async Task<IActionResult> Specification([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, string file, [FromServices] ReadThreadHandler threads, [FromServices] IMediaStore media, CancellationToken cancellationToken)
    {
        var thread = await threads.ReadAsync(organisation, id, english: false, cancellationToken);
        if (thread?.SpecificationMediaKey is not { } key || Path.GetExtension(file) is not (".jpg" or ".webp"))
        {
            return NotFound();
        }

        var stream = media.Open(key, file) ?? (MediaRenditions.Nearest(media.FileNames(key), file) is { } nearest ? media.Open(key, nearest) : null);
        Response.Headers.CacheControl = "private, max-age=3600";
        return stream is null ? NotFound() : File(stream, file.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : "image/jpeg");
    }

    [HttpGet("requests/{id:int}")]
    public async Task<IActionResult> Compare([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, QuoteOrder sort, [FromServices] CompareQuotesHandler compare, CancellationToken cancellationToken)
    {
        var comparison = await compare.HandleAsync(organisation, id, Enum.IsDefined(sort) ? sort : QuoteOrder.Price, Cultures.CurrentIsEnglish, cancellationToken);
        return comparison is null ? NotFound() : View(new ComparePage(comparison, Enum.IsDefined(sort) ? sort : QuoteOrder.Price));
    }

    [HttpGet("requests/{id:int}/quotes.csv")]
    public async Task<IActionResult> CompareCsv([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, QuoteOrder sort, [FromServices] CompareQuotesHandler compare, [FromServices] QuotesCsv csv, CancellationToken cancellationToken)
    {
        var comparison = await compare.HandleAsync(organisation, id, Enum.IsDefined(sort) ? sort : QuoteOrder.Price, Cultures.CurrentIsEnglish, cancellationToken);
        return comparison is null ? NotFound() : File(csv.Write(comparison.Rows), "text/csv; charset=utf-8", $"request-{id}-quotes.csv");
    }

    [HttpPost("requests/{id:int}/close")]
    public async Task<IActionResult> CloseRequest([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, [FromServices] QuotationRequests requests, CancellationToken cancellationToken)
    {
        if (!await requests.CloseByBuyerAsync(organisation, id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = text["Inquiries.Request.Closed"].Value;
        return Redirect(Url.Content($"~/inquiries/requests/{id}"));
    }

    [HttpGet("quotes.csv")]
    [Authorize(Roles = Roles.Buyer)]
    public async Task<IActionResult> AllQuotesCsv([FromMemberOrganisation] int organisation, [FromServices] CompareQuotesHandler compare, [FromServices] QuotesCsv csv, CancellationToken cancellationToken) =>
        File(csv.Write(await compare.AllQuotesAsync(organisation, Cultures.CurrentIsEnglish, cancellationToken)), "text/csv; charset=utf-8", "quotes.csv");

    [HttpGet("settings")]
    public async Task<IActionResult> Settings([FromServices] NotificationSettings settings, CancellationToken cancellationToken) =>
        View(await settings.ReadAsync(UserId, cancellationToken));

    [HttpPost("settings")]
    public async Task<IActionResult> SaveSettings(InquiryEmails? emails, [FromServices] NotificationSettings settings, CancellationToken cancellationToken)
    {
        if (emails is not { } choice || !await settings.ChangeAsync(UserId, choice, cancellationToken))
        {
            ModelState.AddModelError("emails", text["Inquiries.Settings.Choose"]);
            return View("Settings", await settings.ReadAsync(UserId, cancellationToken));
        }

        TempData["Notice"] = text["Inquiries.Settings.Saved"].Value;
        return Redirect(Url.Content("~/inquiries/settings"));
    }

    /// <summary>
    /// After a move: back to the thread with what happened. A refused move shows the thread again with the reason beside
    /// the form and the words still in it, so nothing typed is lost.
    /// </summary>
    private async Task<IActionResult> MovedAsync(int organisation, int id, MoveResult result, string doneKey, InquiryAction move, string? words, ReadThreadHandler threads, CancellationToken cancellationToken)
    {
        if (result.Outcome == MoveOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Notice"] = text[doneKey].Value;
            return Redirect(Url.Content($"~/inquiries/{id}#thread-end"));
        }

        var thread = await threads.ReadAsync(organisation, id, Cultures.CurrentIsEnglish, cancellationToken);
        if (thread is null)
        {
            return NotFound();
        }

        Response.StatusCode = result.Outcome == MoveOutcome.NotAllowed ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return View("Show", pages.Thread(thread, new RefusedMove(move, text[result.MessageKey ?? "Inquiries.Move.NotAllowed"].Value, words)));
    }
}

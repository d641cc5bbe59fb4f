using Marketplace.Accounts.SignUp;
using Marketplace.Accounts;
using Marketplace.Catalogue.AddCertificate;
using Marketplace.Catalogue.AttachCertificateDocument;
using Marketplace.Catalogue.ChangeLogo;
using Marketplace.Catalogue.ListCertificates;
using Marketplace.Catalogue.LoadProfile;
using Marketplace.Catalogue.RemoveCertificate;
using Marketplace.Catalogue.UpdateProfile;
using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.ReferenceData;
using Marketplace.Media;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Catalogue.Controllers;

/// <summary>
/// A cooperative's own profile and certificates; the organisation is always the signed-in member's own
/// ([FromMemberOrganisation]: without one, 403, or 404 where a certificate is named by id).
/// </summary>
[Area("Catalogue")]
[Authorize(Roles = Roles.Cooperative)]
[Route("manage")]
public sealed class ManageProfileController(ListCertificatesHandler certificates, MarketplaceDbContext db, ReferenceTablesCache referenceTables, IStringLocalizer<Text> text, TimeProvider clock) : Controller
{
    [HttpGet("profile")]
    public async Task<IActionResult> Index([FromMemberOrganisation] int organisation, [FromServices] LoadProfileHandler loadProfile, CancellationToken cancellationToken) =>
        await loadProfile.HandleAsync(organisation, cancellationToken) is { } profile
            ? View(await PageAsync(organisation, profile, EmptyCertificate(), cancellationToken))
            : Forbid();

    [HttpPost("profile")]
    public async Task<IActionResult> Update([FromMemberOrganisation] int organisation, [Bind(Prefix = "Profile")] ProfileForm profile, [FromServices] UpdateProfileHandler updateProfile, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var errors = await updateProfile.HandleAsync(organisation, profile, cancellationToken);
            if (errors.Count == 0)
            {
                TempData["Notice"] = text["Manage.Saved"].Value;
                return Redirect(Url.Content("~/manage/profile"));
            }

            ModelState.AddFieldErrors(errors, text, "Profile");
        }
        else
        {
            ModelState.AddFieldErrors(await updateProfile.ValidateAsync(organisation, profile, cancellationToken), text, "Profile");
        }

        return View("Index", await PageAsync(organisation, profile, EmptyCertificate(), cancellationToken));
    }

    [HttpPost("certificates")]
    public async Task<IActionResult> AddCertificate([FromMemberOrganisation] int organisation, [Bind(Prefix = "Certificate")] CertificateForm certificate, [FromServices] LoadProfileHandler loadProfile, [FromServices] AddCertificateHandler addCertificate, CancellationToken cancellationToken)
    {
        if (await loadProfile.HandleAsync(organisation, cancellationToken) is not { } profile)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var errors = await addCertificate.HandleAsync(organisation, certificate, cancellationToken);
            if (errors.Count == 0)
            {
                TempData["Notice"] = text["Manage.Saved"].Value;
                return Redirect(Url.Content("~/manage/profile#certificates"));
            }

            ModelState.AddFieldErrors(errors, text, "Certificate");
        }
        else
        {
            ModelState.AddFieldErrors(await addCertificate.ValidateAsync(certificate, cancellationToken), text, "Certificate");
        }

        return View("Index", await PageAsync(organisation, profile, certificate, cancellationToken));
    }

    [HttpPost("profile/logo")]
    [RequestSizeLimit(ImageLimits.MaxBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = ImageLimits.MaxBytes + (1024 * 1024))]
    public async Task<IActionResult> Logo([FromMemberOrganisation] int organisation, IFormFile? logo, [FromServices] ChangeLogoHandler changeLogo, CancellationToken cancellationToken)
    {
        await UploadAsync(logo, upload => changeLogo.HandleAsync(organisation, upload, cancellationToken), "Image");
        return Redirect(Url.Content("~/manage/profile#logo"));
    }

    [HttpPost("certificates/{id:int}/document")]
    [RequestSizeLimit(ImageLimits.MaxBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = ImageLimits.MaxBytes + (1024 * 1024))]
    public async Task<IActionResult> Document([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, IFormFile? document, [FromServices] AttachCertificateDocumentHandler attachDocument, CancellationToken cancellationToken)
    {
        if (!(await certificates.HandleAsync(organisation, cancellationToken)).Any(c => c.Id == id))
        {
            return NotFound();
        }

        // Certificates usually arrive as PDF, which this site cannot re-encode: the message asks for a photo or scan.
        await UploadAsync(document, upload => attachDocument.HandleAsync(organisation, id, upload, cancellationToken), "Document");
        return Redirect(Url.Content("~/manage/profile#certificates"));
    }

    [HttpPost("certificates/{id:int}/delete")]
    public async Task<IActionResult> RemoveCertificate([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, [FromServices] RemoveCertificateHandler removeCertificate, CancellationToken cancellationToken) =>
        await removeCertificate.HandleAsync(organisation, id, cancellationToken)
            ? Redirect(Url.Content("~/manage/profile#certificates"))
            : NotFound();

    /// <summary>Runs an upload and leaves the outcome for the next page: saved, or why not in the person's language.</summary>
    private async Task UploadAsync(IFormFile? file, Func<Stream, Task> store, string refusalPrefix)
    {
        if (file is null || file.Length == 0)
        {
            TempData["Error"] = text["Manage.Photo.Missing"].Value;
            return;
        }

        try
        {
            await using var upload = file.OpenReadStream();
            await store(upload);
            TempData["Notice"] = text["Manage.Saved"].Value;
        }
        catch (ImageRefusedException refused)
        {
            var specific = text[$"{refusalPrefix}.{refused.Reason}"];
            TempData["Error"] = (specific.ResourceNotFound ? text[$"Image.{refused.Reason}"] : specific).Value;
        }
    }

    private CertificateForm EmptyCertificate() =>
        new(string.Empty, string.Empty, null, null, Cultures.TodayInVietnam(clock).AddYears(2));

    private async Task<ProfilePage> PageAsync(int organisation, ProfileForm profile, CertificateForm certificate, CancellationToken cancellationToken)
    {
        var english = Cultures.CurrentIsEnglish;
        var state = await db.Organisations.Where(o => o.Id == organisation).Select(o => new { o.VerifiedAtUtc, o.LogoMediaKey }).SingleAsync(cancellationToken);
        var tables = await referenceTables.GetAsync(cancellationToken);
        var types = tables.CertificateTypesInOrder;
        var today = Cultures.TodayInVietnam(clock);
        var held = (await certificates.HandleAsync(organisation, cancellationToken))
            .Select(c => new HeldCertificate(c.Id, tables.CertificateTypes[c.TypeCode].Name(english), c.Number, c.ValidUntil, c.IsValidOn(today), c.DocumentMediaKey))
            .ToList();
        return new ProfilePage(profile, certificate, state.VerifiedAtUtc, held, types.Select(t => (t.Code, t.Name(english))).ToList(), state.LogoMediaKey, tables.TopCategories.Select(c => (c.Code, c.Name(english))).ToList());
    }
}

public sealed record HeldCertificate(int Id, string TypeName, string Number, DateOnly ValidUntil, bool Valid, string? DocumentMediaKey);

public sealed record ProfilePage(
    ProfileForm Profile,
    CertificateForm Certificate,
    DateTime? VerifiedAtUtc,
    IReadOnlyList<HeldCertificate> Certificates,
    IReadOnlyList<(string Code, string Name)> CertificateTypes,
    string? LogoMediaKey,
    IReadOnlyList<(string Code, string Name)> Sectors);

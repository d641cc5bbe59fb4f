using Marketplace.Accounts;
using Marketplace.Accounts.SignUp;
using Marketplace.Catalogue.Browse;
using Marketplace.Catalogue;
using Marketplace.Catalogue.AddProductPhoto;
using Marketplace.Catalogue.ChangeProductStatus;
using Marketplace.Catalogue.CreateProduct;
using Marketplace.Catalogue.DeleteProduct;
using Marketplace.Catalogue.ListOwnProducts;
using Marketplace.Catalogue.LoadOwnProduct;
using Marketplace.Catalogue.MakeCoverPhoto;
using Marketplace.Catalogue.RemoveProductPhoto;
using Marketplace.Catalogue.UpdateProduct;
using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.ReferenceData;
using Marketplace.Media;
using Marketplace.Web.Areas.Catalogue.Models;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Catalogue.Controllers;

/// <summary>
/// A cooperative's own products. A member without an organisation never reaches an action ([FromMemberOrganisation]:
/// 403 for the list and forms, 404 where an id is named); ownership is checked in every handler call (each use-case
/// handler scopes each query by the member's organisation), so another cooperative's product answers 404 here, never its data.
/// </summary>
[Area("Catalogue")]
[Authorize(Roles = Roles.Cooperative)]
[Route("manage/products")]
public sealed class ManageProductsController(
    LoadOwnProductHandler load, ProductFormValidator validator, MarketplaceDbContext db, ReferenceTablesCache referenceTables, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromMemberOrganisation] int organisation, [FromServices] ListOwnProductsHandler list, CancellationToken cancellationToken) =>
        View(await list.HandleAsync(organisation, cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> New([FromMemberOrganisation] int organisation, CancellationToken cancellationToken) =>
        View("Edit", await PageAsync(organisation, null, new ProductFormModel(), null, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create([FromMemberOrganisation] int organisation, ProductFormModel form, [FromServices] CreateProductHandler create, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var change = await create.HandleAsync(organisation, form.ToForm(), cancellationToken);
            if (change.Succeeded)
            {
                TempData["Notice"] = text["Manage.Saved"].Value;
                return Redirect(Url.Content($"~/manage/products/{change.ProductId}"));
            }

            ModelState.AddFieldErrors(change.Errors, text);
        }
        else
        {
            ModelState.AddFieldErrors(await validator.ValidateAsync(organisation, form.ToForm(), cancellationToken), text);
        }

        return View("Edit", await PageAsync(organisation, null, form, null, cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit([FromMemberOrganisation] int organisation, int id, CancellationToken cancellationToken)
    {
        var product = await load.HandleAsync(organisation, id, cancellationToken);
        return product is null ? NotFound() : View(await PageAsync(organisation, id, ProductFormModel.From(product.Form), product, cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Update([FromMemberOrganisation] int organisation, int id, ProductFormModel form, [FromServices] UpdateProductHandler update, CancellationToken cancellationToken)
    {
        var existing = await load.HandleAsync(organisation, id, cancellationToken);
        if (existing is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var change = await update.HandleAsync(organisation, id, form.ToForm(), cancellationToken);
            if (change.Succeeded)
            {
                TempData["Notice"] = text["Manage.Saved"].Value;
                return Redirect(Url.Content($"~/manage/products/{id}"));
            }

            ModelState.AddFieldErrors(change.Errors, text);
        }
        else
        {
            ModelState.AddFieldErrors(await validator.ValidateAsync(organisation, form.ToForm(), cancellationToken), text);
        }

        return View("Edit", await PageAsync(organisation, id, form, existing, cancellationToken));
    }

    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> Status([FromMemberOrganisation] int organisation, int id, ProductStatus status, [FromServices] ChangeProductStatusHandler changeStatus, CancellationToken cancellationToken)
    {
        if (!await changeStatus.HandleAsync(organisation, id, status, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = text[status == ProductStatus.Published ? "Manage.Published" : "Manage.Saved"].Value;
        return Redirect(Url.Content($"~/manage/products/{id}"));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete([FromMemberOrganisation] int organisation, int id, [FromServices] DeleteProductHandler delete, CancellationToken cancellationToken)
    {
        if (!await delete.HandleAsync(organisation, id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = text["Manage.Deleted"].Value;
        return Redirect(Url.Content("~/manage/products"));
    }

    [HttpPost("{id:int}/photos")]
    [RequestSizeLimit(ImageLimits.MaxBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = ImageLimits.MaxBytes + (1024 * 1024))]
    public async Task<IActionResult> AddPhoto([FromMemberOrganisation] int organisation, int id, IFormFile? photo, [FromServices] AddProductPhotoHandler addPhoto, CancellationToken cancellationToken)
    {
        // Ownership first: another cooperative's product is not found, whatever was posted.
        if (await load.HandleAsync(organisation, id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (photo is null || photo.Length == 0)
        {
            TempData["Error"] = text["Manage.Photo.Missing"].Value;
            return Redirect(Url.Content($"~/manage/products/{id}#photos"));
        }

        try
        {
            await using var upload = photo.OpenReadStream();
            if (!await addPhoto.HandleAsync(organisation, id, upload, cancellationToken))
            {
                return NotFound();
            }

            TempData["Notice"] = text["Manage.Photo.Added"].Value;
        }
        catch (ImageRefusedException refused)
        {
            TempData["Error"] = text[$"Image.{refused.Reason}"].Value;
        }
        catch (TooManyPhotosException)
        {
            TempData["Error"] = text["Manage.Photo.TooMany"].Value;
        }

        return Redirect(Url.Content($"~/manage/products/{id}#photos"));
    }

    [HttpPost("{id:int}/photos/{photoId:int}/delete")]
    public async Task<IActionResult> RemovePhoto([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, int photoId, [FromServices] RemoveProductPhotoHandler removePhoto, CancellationToken cancellationToken) =>
        await removePhoto.HandleAsync(organisation, id, photoId, cancellationToken)
            ? Redirect(Url.Content($"~/manage/products/{id}#photos"))
            : NotFound();

    [HttpPost("{id:int}/photos/{photoId:int}/cover")]
    public async Task<IActionResult> MakeCover([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, int photoId, [FromServices] MakeCoverPhotoHandler makeCover, CancellationToken cancellationToken) =>
        await makeCover.HandleAsync(organisation, id, photoId, cancellationToken)
            ? Redirect(Url.Content($"~/manage/products/{id}#photos"))
            : NotFound();

    /// <summary>The product page as the public will see it, drafts included, for its own cooperative only.</summary>
    [HttpGet("{id:int}/preview")]
    public async Task<IActionResult> Preview([FromMemberOrganisation(WithoutOrganisation.NotFound)] int organisation, int id, [FromServices] CatalogueReader catalogue, CancellationToken cancellationToken)
    {
        if (await load.HandleAsync(organisation, id, cancellationToken) is null)
        {
            return NotFound();
        }

        var product = await catalogue.ProductAsync(id, Cultures.CurrentIsEnglish, evenIfNotPublic: true, cancellationToken);
        return View("~/Areas/Catalogue/Views/Catalogue/Product.cshtml", product);
    }

    private async Task<ProductFormPage> PageAsync(int organisation, int? id, ProductFormModel form, EditableProduct? existing, CancellationToken cancellationToken)
    {
        var english = Cultures.CurrentIsEnglish;
        var tables = await referenceTables.GetAsync(cancellationToken);
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.OrganisationId == organisation)
            .Select(c => new { c.Id, c.Number, c.ValidUntil, c.TypeCode })
            .ToListAsync(cancellationToken);
        return new ProductFormPage(
            organisation,
            id,
            form,
            ReferenceLists.Categories(tables, english, form.CategoryCode),
            ReferenceLists.Provinces(tables, english, form.OriginProvinceCode),
            certificates.Select(c => (c.Id, $"{tables.CertificateTypes[c.TypeCode].Name(english)} · {c.Number} · {c.ValidUntil.ToString("d", Thread.CurrentThread.CurrentCulture)}")).ToList(),
            existing);
    }
}

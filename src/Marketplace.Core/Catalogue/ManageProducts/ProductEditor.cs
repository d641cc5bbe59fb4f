using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Marketplace.Localization;
using Marketplace.Media;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ManageProducts;

/// <summary>
/// A cooperative's own products: create, edit, publish, archive, photos. Every call names the organisation of the person
/// acting, and every query is scoped by it: another cooperative's product is simply not found.
/// </summary>
public sealed class ProductEditor(MarketplaceDbContext db, ImageUploads uploads, TimeProvider clock)
{
    public const int MaxPhotos = 8;

    public async Task<IReadOnlyList<Product>> ListAsync(int organisationId, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderBy(p => p.Status).ThenByDescending(p => p.UpdatedAtUtc).ToListAsync(cancellationToken);

    public async Task<EditableProduct?> LoadAsync(int organisationId, int productId, CancellationToken cancellationToken)
    {
        var product = await Owned(organisationId, productId).AsNoTracking().Include(p => p.Photos).Include(p => p.Certificates)
            .AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        return product is null ? null : new EditableProduct(product.Id, ToForm(product), product.Status, product.HiddenReason, [.. product.Photos.OrderBy(p => p.Position)], product.TraceCode);
    }

    public async Task<ProductChange> CreateAsync(int organisationId, ProductForm form, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(organisationId, form, cancellationToken);
        if (errors.Count > 0)
        {
            return new ProductChange(null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var product = new Product
        {
            OrganisationId = organisationId,
            NameVi = form.NameVi,
            CategoryCode = form.CategoryCode,
            OriginProvinceCode = form.OriginProvinceCode,
            TraceCode = TraceCodes.New(),
            CreatedAtUtc = now,
            Status = ProductStatus.Draft,
        };
        Apply(product, form, now);
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return new ProductChange(product.Id, []);
    }

    public async Task<ProductChange> UpdateAsync(int organisationId, int productId, ProductForm form, CancellationToken cancellationToken)
    {
        var product = await Owned(organisationId, productId).Include(p => p.Certificates).SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return ProductChange.NotFound;
        }

        var errors = await ValidateAsync(organisationId, form, cancellationToken);
        if (errors.Count > 0)
        {
            return new ProductChange(productId, errors);
        }

        Apply(product, form, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new ProductChange(productId, []);
    }

    /// <summary>Publish, withdraw to draft, or archive. A product hidden by moderation stays hidden whatever its status.</summary>
    public async Task<bool> SetStatusAsync(int organisationId, int productId, ProductStatus status, CancellationToken cancellationToken)
    {
        var product = await Owned(organisationId, productId).SingleOrDefaultAsync(cancellationToken);
        if (product is null || !Enum.IsDefined(status))
        {
            return false;
        }

        product.Status = status;
        product.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(int organisationId, int productId, CancellationToken cancellationToken)
    {
        var product = await Owned(organisationId, productId).Include(p => p.Photos).SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return false;
        }

        db.Products.Remove(product);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var photo in product.Photos)
        {
            await uploads.DeleteAsync(photo.MediaKey, cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// Adds a photo: checked and re-encoded by the image port before anything is stored, so a refused upload leaves no file.
    /// Throws <see cref="ImageRefusedException"/> for an upload the port will not take.
    /// </summary>
    public async Task<bool> AddPhotoAsync(int organisationId, int productId, Stream upload, CancellationToken cancellationToken)
    {
        var product = await Owned(organisationId, productId).Include(p => p.Photos).SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return false;
        }

        if (product.Photos.Count >= MaxPhotos)
        {
            throw new TooManyPhotosException();
        }

        var stored = await uploads.StoreAsync($"p{productId}", upload, cancellationToken);
        try
        {
            product.Photos.Add(new ProductPhoto
            {
                MediaKey = stored.Key,
                Position = product.Photos.Count == 0 ? 0 : product.Photos.Max(p => p.Position) + 1,
                Width = stored.Width,
                Height = stored.Height,
                Widths = stored.WidthList,
            });
            product.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Files without a row would never be served or cleaned up.
            await uploads.DeleteAsync(stored.Key, CancellationToken.None);
            throw;
        }

        return true;
    }

    public async Task<bool> RemovePhotoAsync(int organisationId, int productId, int photoId, CancellationToken cancellationToken)
    {
        if (await OwnedPhotoAsync(organisationId, productId, photoId, cancellationToken) is not (var product, var photo))
        {
            return false;
        }

        product.Photos.Remove(photo);
        await db.SaveChangesAsync(cancellationToken);
        await uploads.DeleteAsync(photo.MediaKey, cancellationToken);
        return true;
    }

    /// <summary>Makes a photo the cover (first).</summary>
    public async Task<bool> MakeCoverAsync(int organisationId, int productId, int photoId, CancellationToken cancellationToken)
    {
        if (await OwnedPhotoAsync(organisationId, productId, photoId, cancellationToken) is not (var product, var photo))
        {
            return false;
        }

        photo.Position = product.Photos.Min(p => p.Position) - 1;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>A photo of one of the organisation's own products, with that product loaded; null otherwise.</summary>
    private async Task<(Product Product, ProductPhoto Photo)?> OwnedPhotoAsync(int organisationId, int productId, int photoId, CancellationToken cancellationToken)
    {
        var product = await Owned(organisationId, productId).Include(p => p.Photos).SingleOrDefaultAsync(cancellationToken);
        return product?.Photos.SingleOrDefault(p => p.Id == photoId) is { } photo ? (product, photo) : null;
    }

    private IQueryable<Product> Owned(int organisationId, int productId) =>
        db.Products.Where(p => p.Id == productId && p.OrganisationId == organisationId);

    private async Task<List<FieldError>> ValidateAsync(int organisationId, ProductForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(form.NameVi))
        {
            errors.Add(new FieldError(nameof(form.NameVi), "Validation.NameRequired"));
        }

        if (!await db.Categories.AnyAsync(c => c.Code == form.CategoryCode, cancellationToken))
        {
            errors.Add(new FieldError(nameof(form.CategoryCode), "Validation.CategoryUnknown"));
        }

        if (!await db.Provinces.AnyAsync(p => p.Code == form.OriginProvinceCode, cancellationToken))
        {
            errors.Add(new FieldError(nameof(form.OriginProvinceCode), "Validation.ProvinceUnknown"));
        }

        if (form.PriceMinVnd < 0 || form.PriceMaxVnd < 0 || form.PriceMinVnd > form.PriceMaxVnd)
        {
            errors.Add(new FieldError(nameof(form.PriceMaxVnd), "Validation.PriceRange"));
        }

        if (form.OcopStars is not (null or 3 or 4 or 5))
        {
            errors.Add(new FieldError(nameof(form.OcopStars), "Validation.OcopStars"));
        }

        if (form.CapacityAmount is not null && (form.CapacityUnit is null || form.CapacityPeriod is null))
        {
            errors.Add(new FieldError(nameof(form.CapacityPeriod), "Validation.CapacityIncomplete"));
        }

        var held = await db.Certificates.Where(c => c.OrganisationId == organisationId).Select(c => c.Id).ToListAsync(cancellationToken);
        if (form.CertificateIds.Except(held).Any())
        {
            errors.Add(new FieldError(nameof(form.CertificateIds), "Validation.CertificateNotHeld"));
        }

        return errors;
    }

    private static void Apply(Product product, ProductForm form, DateTime now)
    {
        product.NameVi = TextNormalizer.Clean(form.NameVi);
        product.NameEn = TextNormalizer.CleanOrNull(form.NameEn);
        product.DescriptionVi = TextNormalizer.CleanOrNull(form.DescriptionVi);
        product.DescriptionEn = TextNormalizer.CleanOrNull(form.DescriptionEn);
        product.CategoryCode = form.CategoryCode;
        product.OcopStars = form.OcopStars;
        product.OcopCertificateNumber = form.OcopStars is null ? null : TextNormalizer.CleanOrNull(form.OcopCertificateNumber);
        product.OcopYear = form.OcopStars is null ? null : form.OcopYear;
        product.OriginProvinceCode = form.OriginProvinceCode;
        product.OriginPlace = TextNormalizer.CleanOrNull(form.OriginPlace);
        product.GeographicalIndication = TextNormalizer.CleanOrNull(form.GeographicalIndication);
        product.Unit = form.Unit;
        product.PriceMinVnd = form.PriceMinVnd ?? form.PriceMaxVnd;
        product.PriceMaxVnd = form.PriceMaxVnd ?? form.PriceMinVnd;
        product.MinimumOrder = form.MinimumOrder;
        product.CapacityAmount = form.CapacityAmount;
        product.CapacityUnit = form.CapacityAmount is null ? null : form.CapacityUnit;
        product.CapacityPeriod = form.CapacityAmount is null ? null : form.CapacityPeriod;
        product.HarvestMonths = HarvestMonths.From(form.HarvestMonths);
        product.ShelfLifeDays = form.ShelfLifeDays;
        product.Packaging = TextNormalizer.CleanOrNull(form.Packaging);
        product.ExportMarkets = TextNormalizer.CleanOrNull(form.ExportMarkets);
        product.UpdatedAtUtc = now;
        product.Certificates.RemoveAll(c => !form.CertificateIds.Contains(c.CertificateId));
        foreach (var id in form.CertificateIds.Distinct().Where(id => product.Certificates.All(c => c.CertificateId != id)))
        {
            product.Certificates.Add(new ProductCertificate { CertificateId = id });
        }
    }

    private static ProductForm ToForm(Product p) => new(
        p.NameVi, p.NameEn, p.DescriptionVi, p.DescriptionEn, p.CategoryCode, p.OcopStars, p.OcopCertificateNumber, p.OcopYear,
        p.OriginProvinceCode, p.OriginPlace, p.GeographicalIndication, p.Unit, p.PriceMinVnd, p.PriceMaxVnd, p.MinimumOrder,
        p.CapacityAmount, p.CapacityUnit, p.CapacityPeriod, HarvestMonths.ToList(p.HarvestMonths), p.ShelfLifeDays, p.Packaging,
        p.ExportMarkets, [.. p.Certificates.Select(c => c.CertificateId)]);
}

/// <summary>A product already has <see cref="ProductEditor.MaxPhotos"/> photos.</summary>
public sealed class TooManyPhotosException() : Exception($"A product has at most {ProductEditor.MaxPhotos} photos.");

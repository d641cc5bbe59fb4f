using Marketplace.Catalogue.Browse;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.Trace;

/// <summary>
/// Resolves a trace code (a product's or a lot's) to what its QR label promises. Public only for publicly visible
/// products (<see cref="CatalogueVisibility"/>): a draft's or a hidden cooperative's code is simply not found.
/// </summary>
public sealed class TraceReader(MarketplaceDbContext db, CatalogueReader catalogue)
{
    /// <summary>Codes are lower case; a person typing one from a label may not be.</summary>
    public static string? Normalise(string? code) =>
        code is { Length: > 0 and <= 20 } && code.All(char.IsAsciiLetterOrDigit) ? code.ToLowerInvariant() : null;

    /// <summary>Whether the code leads to a public trace page (for the QR images, which need nothing else).</summary>
    public async Task<bool> IsPublicAsync(string code, CancellationToken cancellationToken) =>
        await ProductIdAsync(code, cancellationToken) is { } productId
        && await db.Products.AsNoTracking().PubliclyVisible(db).AnyAsync(p => p.Id == productId, cancellationToken);

    public async Task<TraceView?> FindAsync(string code, bool english, CancellationToken cancellationToken)
    {
        if (Normalise(code) is not { } normalised)
        {
            return null;
        }

        var lot = await db.Lots.AsNoTracking().SingleOrDefaultAsync(l => l.TraceCode == normalised, cancellationToken);
        var productId = lot?.ProductId ?? await ProductOfProductCodeAsync(normalised, cancellationToken);
        if (productId is null)
        {
            return null;
        }

        var product = await db.Products.AsNoTracking().PubliclyVisible(db).Where(p => p.Id == productId)
            .Include(p => p.Certificates).ThenInclude(c => c.Certificate)
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return null;
        }

        var card = (await catalogue.CardsAsync([product.Id], english, cancellationToken)).Single();
        var category = await db.Categories.AsNoTracking().SingleAsync(c => c.Code == product.CategoryCode, cancellationToken);
        var cooperative = await (
            from o in db.Organisations.AsNoTracking()
            where o.Id == product.OrganisationId
            join province in db.Provinces on o.ProvinceCode equals province.Code
            select new { o.Id, o.Name, o.NameEn, o.CooperativeKind, o.VerifiedAtUtc, ProvinceVi = province.NameVi, ProvinceEn = province.NameEn })
            .SingleAsync(cancellationToken);
        var cooperativeName = Bilingual.Pick(cooperative.Name, cooperative.NameEn, english);

        return new TraceView(
            normalised,
            new TraceProduct(card, category.Name(english), product.OriginPlace, product.GeographicalIndication, product.OcopCertificateNumber, product.OcopYear),
            new TraceCooperative(
                cooperative.Id, Slugs.For(cooperativeName), cooperativeName, cooperative.CooperativeKind,
                english ? cooperative.ProvinceEn : cooperative.ProvinceVi, cooperative.VerifiedAtUtc),
            await catalogue.CertificateViewsAsync(product.Certificates.Select(c => c.Certificate!).ToList(), english, cancellationToken),
            lot is null ? null : new LotView(lot.Id, lot.Code, lot.Date, lot.GrowingArea, lot.Quantity, lot.Unit, lot.TraceCode));
    }

    private async Task<int?> ProductIdAsync(string code, CancellationToken cancellationToken) =>
        Normalise(code) is not { } normalised
            ? null
            : await db.Lots.AsNoTracking().Where(l => l.TraceCode == normalised).Select(l => (int?)l.ProductId).SingleOrDefaultAsync(cancellationToken)
              ?? await ProductOfProductCodeAsync(normalised, cancellationToken);

    private Task<int?> ProductOfProductCodeAsync(string normalised, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().Where(p => p.TraceCode == normalised).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
}

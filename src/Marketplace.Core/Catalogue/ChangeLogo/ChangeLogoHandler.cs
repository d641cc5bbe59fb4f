using Marketplace.Data;
using Marketplace.Media;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.ChangeLogo;

/// <summary>A cooperative changes its logo.</summary>
public sealed class ChangeLogoHandler(MarketplaceDbContext db, ImageUploads uploads)
{
    /// <summary>Replaces the logo; the old one's renditions are removed once the new one is saved.</summary>
    /// <exception cref="ImageRefusedException">The upload is not an image the site takes.</exception>
    public async Task HandleAsync(int organisationId, Stream upload, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, cancellationToken);
        var stored = await uploads.StoreAsync($"o{organisationId}", upload, cancellationToken);
        var previous = organisation.LogoMediaKey;
        organisation.LogoMediaKey = stored.Key;
        await db.SaveChangesAsync(cancellationToken);
        await uploads.DeleteAsync(previous, cancellationToken);
    }
}

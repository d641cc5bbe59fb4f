using Marketplace.Data;
using Marketplace.Media;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.AttachCertificateDocument;

/// <summary>A cooperative shows a photo or scan of a certificate it holds.</summary>
public sealed class AttachCertificateDocumentHandler(MarketplaceDbContext db, ImageUploads uploads)
{
    /// <summary>Attaches a photo or scan of a certificate of the organisation's own; false when it is not theirs.</summary>
    /// <exception cref="ImageRefusedException">The upload is not an image the site takes.</exception>
    public async Task<bool> HandleAsync(int organisationId, int certificateId, Stream upload, CancellationToken cancellationToken)
    {
        var certificate = await db.OwnCertificate(organisationId, certificateId).SingleOrDefaultAsync(cancellationToken);
        if (certificate is null)
        {
            return false;
        }

        var stored = await uploads.StoreAsync($"c{certificateId}", upload, cancellationToken);
        var previous = certificate.DocumentMediaKey;
        certificate.DocumentMediaKey = stored.Key;
        await db.SaveChangesAsync(cancellationToken);
        await uploads.DeleteAsync(previous, cancellationToken);
        return true;
    }
}

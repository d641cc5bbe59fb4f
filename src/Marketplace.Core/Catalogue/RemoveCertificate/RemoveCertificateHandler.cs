using Marketplace.Data;
using Marketplace.Media;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.RemoveCertificate;

/// <summary>A cooperative removes a certificate it no longer holds.</summary>
public sealed class RemoveCertificateHandler(MarketplaceDbContext db, ImageUploads uploads)
{
    /// <summary>Removes a certificate and its links to products; another cooperative's certificate is not found.</summary>
    public async Task<bool> HandleAsync(int organisationId, int certificateId, CancellationToken cancellationToken)
    {
        var certificate = await db.OwnCertificate(organisationId, certificateId).SingleOrDefaultAsync(cancellationToken);
        if (certificate is null)
        {
            return false;
        }

        db.ProductCertificates.RemoveRange(db.ProductCertificates.Where(p => p.CertificateId == certificateId));
        db.Certificates.Remove(certificate);
        await db.SaveChangesAsync(cancellationToken);
        await uploads.DeleteAsync(certificate.DocumentMediaKey, cancellationToken);
        return true;
    }
}

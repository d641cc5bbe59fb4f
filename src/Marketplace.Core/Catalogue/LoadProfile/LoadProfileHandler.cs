using Marketplace.Catalogue.UpdateProfile;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.LoadProfile;

/// <summary>The cooperative's own profile as its edit form shows it; null when there is no such organisation.</summary>
public sealed class LoadProfileHandler(MarketplaceDbContext db)
{
    public async Task<ProfileForm?> HandleAsync(int organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new ProfileForm(o.Name, o.NameEn, o.RegistrationNumber, o.Address, o.YearFounded, o.MemberCount, o.Description,
                o.DescriptionEn, o.Phone, o.Zalo, o.ContactEmail, o.Website, o.Sectors == null ? null : o.Sectors.Split(',', StringSplitOptions.None)))
            .SingleOrDefaultAsync(cancellationToken);
}

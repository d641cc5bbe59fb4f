using Marketplace.Accounts;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Demands.PostDemand;

/// <summary>A buyer posts a demand, open at once. Only buyer companies may post; the page and the API share this handler.</summary>
public sealed class PostDemandHandler(MarketplaceDbContext db, DemandFormValidator validator, TimeProvider clock)
{
    public async Task<DemandChange> HandleAsync(int organisationId, string? userId, DemandForm form, CancellationToken cancellationToken)
    {
        if (!await IsBuyerAsync(organisationId, cancellationToken))
        {
            return DemandChange.NotABuyer;
        }

        var errors = await validator.ValidateAsync(form, cancellationToken);
        if (errors.Count > 0)
        {
            return new DemandChange(null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var demand = new Demand
        {
            OrganisationId = organisationId,
            CreatedByUserId = userId,
            Title = string.Empty,
            CategoryCode = form.CategoryCode!,
            DeliveryProvinceCode = form.DeliveryProvinceCode!,
            Status = DemandStatus.Open,
            CreatedAtUtc = now,
        };
        DemandFormMapping.Apply(demand, form, now);
        db.Demands.Add(demand);
        await db.SaveChangesAsync(cancellationToken);
        return new DemandChange(demand.Id, []);
    }

    /// <summary>A buyer company that an administrator has not hidden: only such may post.</summary>
    private Task<bool> IsBuyerAsync(int organisationId, CancellationToken cancellationToken) =>
        db.Organisations.AnyAsync(o => o.Id == organisationId && o.Type == OrganisationType.Buyer && o.HiddenAtUtc == null, cancellationToken);
}

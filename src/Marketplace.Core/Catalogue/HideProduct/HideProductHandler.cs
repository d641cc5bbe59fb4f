using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalogue.HideProduct;

public enum HideOutcome
{
    Hidden,
    NotFound,
    ReasonMissing,
    ReasonTooLong,
}

/// <summary>An organiser or administrator hides a product from the public with a reason its cooperative reads.</summary>
public sealed class HideProductHandler(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>The column's length: a longer reason is refused, never cut (a cut could split a character).</summary>
    public const int MaxReasonLength = 1000;

    public async Task<HideOutcome> HandleAsync(int productId, string? reason, string moderatorUserId, CancellationToken cancellationToken)
    {
        var cleaned = TextNormalizer.Clean(reason);
        if (cleaned.Length == 0)
        {
            return HideOutcome.ReasonMissing;
        }

        if (cleaned.Length > MaxReasonLength)
        {
            return HideOutcome.ReasonTooLong;
        }

        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null)
        {
            return HideOutcome.NotFound;
        }

        product.HiddenReason = cleaned;
        product.HiddenAtUtc = clock.GetUtcNow().UtcDateTime;
        product.HiddenByUserId = moderatorUserId;
        await db.SaveChangesAsync(cancellationToken);
        return HideOutcome.Hidden;
    }
}

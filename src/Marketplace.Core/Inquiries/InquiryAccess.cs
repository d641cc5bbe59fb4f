using Marketplace.Data;

namespace Marketplace.Inquiries;

/// <summary>
/// The two parties of a thread and nobody else: every use case that reads or acts on a thread starts here, so a
/// thread of other organisations is simply not found (404, never its data).
/// </summary>
public static class InquiryAccess
{
    public static IQueryable<Inquiry> Inquiries(this MarketplaceDbContext db) => db.Set<Inquiry>();

    public static IQueryable<Inquiry> ThreadsOf(this MarketplaceDbContext db, int organisationId) =>
        db.Inquiries().Where(i => i.BuyerOrganisationId == organisationId || i.CooperativeOrganisationId == organisationId);

    public static IQueryable<Inquiry> ThreadOf(this MarketplaceDbContext db, int organisationId, int inquiryId) =>
        db.ThreadsOf(organisationId).Where(i => i.Id == inquiryId);

    /// <summary>Which side the organisation is on; it must be one of the two.</summary>
    public static InquiryParty PartyOf(this Inquiry inquiry, int organisationId) =>
        inquiry.BuyerOrganisationId == organisationId ? InquiryParty.Buyer
        : inquiry.CooperativeOrganisationId == organisationId ? InquiryParty.Cooperative
        : throw new InvalidOperationException($"Organisation {organisationId} is not a party of inquiry {inquiry.Id}.");
}

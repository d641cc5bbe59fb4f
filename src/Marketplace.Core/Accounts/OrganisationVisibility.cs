namespace Marketplace.Accounts;

/// <summary>
/// The one rule of which organisations the public sees: confirmed by a member's e-mail (or loaded by the seed) and not
/// hidden by an administrator. Their profiles, products and demands are public; nothing of any other is.
/// </summary>
public static class OrganisationVisibility
{
    public static IQueryable<Organisation> PubliclyVisible(this IQueryable<Organisation> organisations) =>
        organisations.Where(o => o.ConfirmedAtUtc != null && o.HiddenAtUtc == null);
}

namespace Marketplace.Accounts;

/// <summary>The four kinds of people on the marketplace (DOMAIN.md, People).</summary>
public static class Roles
{
    public const string Cooperative = nameof(Cooperative);
    public const string Buyer = nameof(Buyer);
    public const string Organiser = nameof(Organiser);
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } = [Cooperative, Buyer, Organiser, Administrator];
}

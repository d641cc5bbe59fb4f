using Bogus;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Test data of our own for each test: never another test's rows.</summary>
internal static class People
{
    private static readonly Faker Vietnamese = new("vi");

    public const string Password = "mùa vụ thanh long 2026";

    public static string Email() => $"t{Guid.NewGuid():N}@example.vn";

    public static string RegistrationNumber() => Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string FullName() => Vietnamese.Name.FullName();

    public static Dictionary<string, string> Cooperative(string email, string? registrationNumber = null) => new()
    {
        ["Form.Type"] = "Cooperative",
        ["Form.OrganisationName"] = "Hợp tác xã Thanh long " + Guid.NewGuid().ToString("N")[..6],
        ["Form.CooperativeKind"] = "Htx",
        ["Form.RegistrationNumber"] = registrationNumber ?? RegistrationNumber(),
        ["Form.ProvinceCode"] = "lam-dong",
        ["Form.FullName"] = FullName(),
        ["Form.Email"] = email,
        ["Form.Password"] = Password,
    };

    public static Dictionary<string, string> Buyer(string email) => new()
    {
        ["Form.Type"] = "Buyer",
        ["Form.OrganisationName"] = "Công ty Xuất khẩu " + Guid.NewGuid().ToString("N")[..6],
        ["Form.BuyerKind"] = "Exporter",
        ["Form.RegistrationNumber"] = string.Empty,
        ["Form.ProvinceCode"] = "ho-chi-minh",
        ["Form.FullName"] = FullName(),
        ["Form.Email"] = email,
        ["Form.Password"] = Password,
    };
}

using Marketplace.Accounts;
using Marketplace.Accounts.SignUp;
using Marketplace.Catalogue.Browse;

namespace Marketplace.Catalogue.Trace;

/// <summary>What a cooperative fills in for a lot. Quantity and unit go together.</summary>
public sealed record LotForm(string? Code, DateOnly? Date, string? GrowingArea, decimal? Quantity, SalesUnit? Unit)
{
    public const int MaxCodeLength = 50;
    public const int MaxAreaLength = 300;

    /// <summary>The first year a lot may date from: older dates are typing mistakes, not harvests still on sale.</summary>
    public const int FirstYear = 2000;
}

/// <summary>A lot as pages show it, to its cooperative and on the public trace page.</summary>
public sealed record LotView(int Id, string Code, DateOnly Date, string? GrowingArea, decimal? Quantity, SalesUnit? Unit, string TraceCode);

/// <summary>The outcome of a lot change: the lot's id, or the fields at fault as resource keys.</summary>
public sealed record LotChange(int? LotId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public bool IsNotFound => Errors.Count == 1 && Errors[0].MessageKey == NotFound.Errors[0].MessageKey;

    public static LotChange NotFound { get; } = new(null, [new("", "Lot.NotFound")]);
}

/// <summary>The product as a trace page shows it: where it comes from and which marks it carries.</summary>
public sealed record TraceProduct(
    ProductCard Card,
    string CategoryName,
    string? OriginPlace,
    string? GeographicalIndication,
    string? OcopCertificateNumber,
    int? OcopYear);

/// <summary>The cooperative behind a product, as a trace page shows it.</summary>
public sealed record TraceCooperative(int Id, string Slug, string Name, CooperativeKind? Kind, string ProvinceName, DateTime? VerifiedAtUtc)
{
    public bool Verified => VerifiedAtUtc is not null;
}

/// <summary>
/// Everything a scanned code leads to: the product, its cooperative, the certificates covering the product (valid or
/// expired today), and the lot when the code was a lot's.
/// </summary>
public sealed record TraceView(string TraceCode, TraceProduct Product, TraceCooperative Cooperative, IReadOnlyList<CertificateView> Certificates, LotView? Lot);

/// <summary>One label to print: the code its QR leads to and, for a lot, the lot's code and date.</summary>
public sealed record Label(string TraceCode, string? LotCode, DateOnly? LotDate);

/// <summary>A sheet of labels for one product (or one of its lots), filled to whole pages.</summary>
public sealed record LabelSheet(int ProductId, string ProductName, string CooperativeName, int? OcopStars, LotView? Lot, IReadOnlyList<Label> Labels);

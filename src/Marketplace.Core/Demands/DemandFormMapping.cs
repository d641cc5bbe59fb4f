using Marketplace.Localization;

namespace Marketplace.Demands;

/// <summary>A <see cref="DemandForm"/> onto a demand (cleaned, as it is stored) and back, for posting and editing alike.</summary>
internal static class DemandFormMapping
{
    /// <summary>Sets what the form asks; call only with a form <see cref="DemandFormValidator"/> has passed.</summary>
    public static void Apply(Demand demand, DemandForm form, DateTime now)
    {
        demand.Title = TextNormalizer.Clean(form.Title);
        demand.CategoryCode = form.CategoryCode!;
        demand.Quantity = form.Quantity!.Value;
        demand.Unit = form.Unit!.Value;
        demand.Frequency = form.Frequency!.Value;
        demand.DeliveryProvinceCode = form.DeliveryProvinceCode!;
        demand.DeliveryFrom = form.DeliveryFrom!.Value;
        demand.DeliveryTo = form.DeliveryTo!.Value;
        demand.ValidUntil = form.ValidUntil!.Value;
        demand.RequiredCertificates = Certificates(form) is { Count: > 0 } codes ? string.Join(',', codes) : null;
        demand.MinimumOcopStars = form.MinimumOcopStars;
        demand.TargetPriceVnd = form.TargetPriceVnd;
        demand.Description = TextNormalizer.CleanOrNull(form.Description);
        demand.ShowCompanyName = form.ShowCompanyName;
        demand.UpdatedAtUtc = now;
    }

    public static DemandForm ToForm(Demand d) => new(
        d.Title, d.CategoryCode, d.Quantity, d.Unit, d.Frequency, d.DeliveryProvinceCode, d.DeliveryFrom, d.DeliveryTo, d.ValidUntil,
        d.RequiredCertificateCodes, d.MinimumOcopStars, d.TargetPriceVnd, d.Description, d.ShowCompanyName);

    /// <summary>The certificate codes asked for, trimmed, without blanks or repeats.</summary>
    public static List<string> Certificates(DemandForm form) =>
        (form.RequiredCertificates ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
}

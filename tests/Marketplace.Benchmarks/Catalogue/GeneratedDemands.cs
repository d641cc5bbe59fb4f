using Marketplace.Catalogue;
using Marketplace.Demands;

namespace Marketplace.Benchmarks.Catalogue;

/// <summary>
/// Demands as buyers post them, spread over every category the catalogue has (one after the other, then again),
/// titled from the demo catalogue's names; most ask for certificates valid through the delivery window, some for OCOP
/// stars (every tenth). Kept in memory: matching takes a demand, saved or not.
/// </summary>
internal static class GeneratedDemands
{
    private static readonly string[] Wants =
        [string.Empty, "loại 1", "xuất khẩu", "cho chuỗi siêu thị", "số lượng lớn", "đóng gói theo yêu cầu", "giao hàng hằng tháng"];

    public static List<Demand> Create(Vocabulary vocabulary, int count, DateOnly today)
    {
        var random = new Random(CatalogueGenerator.Seed + 1);
        var categories = vocabulary.Templates.GroupBy(t => t.CategoryCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var demands = new List<Demand>(count);
        for (var i = 0; i < count; i++)
        {
            var template = categories[i % categories.Count][random.Next(categories[i % categories.Count].Count)];
            var want = Wants[random.Next(Wants.Length)];
            if (template.NameVi.Contains(want, StringComparison.OrdinalIgnoreCase))
            {
                // "Xoài cát Hòa Lộc loại 1" needs no second "loại 1".
                want = string.Empty;
            }

            var from = today.AddDays(random.Next(14, 90));
            var certificates = random.NextDouble() switch
            {
                < 0.35 => "vietgap",
                < 0.50 => "haccp",
                < 0.60 => "vietgap,globalgap",
                < 0.65 => "organic-eu",
                _ => null,
            };
            demands.Add(new Demand
            {
                OrganisationId = vocabulary.Buyers[i % vocabulary.Buyers.Count],
                Title = want.Length == 0 ? template.NameVi : $"{template.NameVi} {want}",
                CategoryCode = template.CategoryCode,
                Quantity = template.Unit switch
                {
                    SalesUnit.Tan => random.Next(1, 50),
                    SalesUnit.Kg => random.Next(100, 5_000),
                    _ => random.Next(100, 2_000),
                },
                Unit = template.Unit,
                Frequency = (DemandFrequency)random.Next(1, 5),
                DeliveryProvinceCode = vocabulary.Provinces[random.Next(vocabulary.Provinces.Count)].Code,
                DeliveryFrom = from,
                DeliveryTo = from.AddDays(random.Next(30, 180)),
                RequiredCertificates = certificates,
                MinimumOcopStars = i % 10 == 9 ? 3 : null,
                ValidUntil = today.AddDays(30),
                Status = DemandStatus.Open,
            });
        }

        return demands;
    }
}

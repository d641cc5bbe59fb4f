using System.Text;
using Marketplace.Seed;

namespace Marketplace.Core.Tests.Seed;

public sealed class SeedPlanTests
{
    [Fact]
    public void Shipped_seed_has_the_34_provinces_and_the_63_former_ones()
    {
        var plan = SeedPlan.Read(RepositoryFolders.ContentSeed, includeDemo: true);

        Assert.Equal(34, plan.Provinces.Count);
        var former = plan.Provinces.SelectMany(p => p.Item.Former).ToList();
        Assert.Equal(63, former.Count);
        Assert.Equal(63, former.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(plan.Provinces, p => p.Item.Code == "lam-dong" && p.Item.Former.Contains("Bình Thuận"));
        Assert.Contains(plan.Provinces, p => p.Item.Code == "bac-ninh" && p.Item.Former.Contains("Bắc Giang"));
        Assert.Contains(plan.Provinces, p => p.Item.Code == "dong-thap" && p.Item.Former.Contains("Tiền Giang"));
    }

    [Fact]
    public void Shipped_seed_has_the_certificate_types_buyers_filter_on()
    {
        var plan = SeedPlan.Read(RepositoryFolders.ContentSeed, includeDemo: true);
        var codes = plan.CertificateTypes.Select(c => c.Item.Code).ToHashSet();

        foreach (var code in new[] { "vietgap", "globalgap", "haccp", "iso-22000", "halal", "fairtrade", "rainforest-alliance", "ocop-3", "ocop-4", "ocop-5" })
        {
            Assert.Contains(code, codes);
        }

        Assert.Contains(codes, c => c.StartsWith("organic", StringComparison.Ordinal));
    }

    [Fact]
    public void Shipped_seed_text_is_composed_unicode()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryFolders.ContentSeed, "*.*", SearchOption.AllDirectories))
        {
            Assert.True(File.ReadAllText(file).IsNormalized(NormalizationForm.FormC), $"{file} is not NFC");
        }
    }

    [Fact]
    public void Broken_json_is_refused_with_its_file_and_line()
    {
        var seed = RepositoryFolders.CopyOfContentSeed();
        File.WriteAllText(Path.Combine(seed, "reference/certificate-types.json"), "[\n  { \"code\": \"vietgap\", \"vi\": \"VietGAP\", \"en\": \"VietGAP\" }\n  { \"code\": \"haccp\" }\n]");

        var error = Assert.Throws<SeedException>(() => SeedPlan.Read(seed, includeDemo: true));

        Assert.Equal("reference/certificate-types.json", error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void A_missing_required_field_names_the_file()
    {
        var seed = RepositoryFolders.CopyOfContentSeed();
        File.WriteAllText(Path.Combine(seed, "reference/certificate-types.json"), "[\n  { \"code\": \"vietgap\", \"vi\": \"VietGAP\" }\n]");

        var error = Assert.Throws<SeedException>(() => SeedPlan.Read(seed, includeDemo: true));

        Assert.Equal("reference/certificate-types.json", error.File);
        Assert.Contains("'en'", error.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unknown_field_is_refused_rather_than_silently_ignored()
    {
        var seed = RepositoryFolders.CopyOfContentSeed();
        File.WriteAllText(Path.Combine(seed, "reference/certificate-types.json"), "[\n  { \"code\": \"vietgap\", \"vi\": \"VietGAP\", \"en\": \"VietGAP\", \"validYears\": 2 }\n]");

        var error = Assert.Throws<SeedException>(() => SeedPlan.Read(seed, includeDemo: true));

        Assert.Equal("reference/certificate-types.json", error.File);
        Assert.Contains("validYears", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_with_an_unknown_parent_names_the_line_of_that_entry()
    {
        var seed = RepositoryFolders.CopyOfContentSeed();
        File.WriteAllText(Path.Combine(seed, "reference/categories.json"), """
            [
              { "code": "fruit", "parent": null, "vi": "Trái cây", "en": "Fruit" },
              { "code": "mango", "parent": "fruit", "vi": "Xoài", "en": "Mango" },

              {
                "code": "durian", "parent": "fruits", "vi": "Sầu riêng", "en": "Durian"
              }
            ]
            """);

        var error = Assert.Throws<SeedException>(() => SeedPlan.Read(seed, includeDemo: true));

        Assert.Equal("reference/categories.json", error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("'fruits'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demo_organisation_in_an_unknown_province_names_its_line()
    {
        var seed = RepositoryFolders.CopyOfContentSeed();
        var path = Path.Combine(seed, "demo/organisations.json");
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindIndex(l => l.Contains("\"province\"", StringComparison.Ordinal));
        lines[index] = System.Text.RegularExpressions.Regex.Replace(lines[index], "\"province\": \"[^\"]+\"", "\"province\": \"binh-thuan\"");
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<SeedException>(() => SeedPlan.Read(seed, includeDemo: true));

        Assert.Equal("demo/organisations.json", error.File);
        Assert.InRange(error.Line, 2, index + 1);
        Assert.Contains("binh-thuan", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_files_are_not_read_when_demo_data_is_off()
    {
        var seed = RepositoryFolders.CopyOfContentSeed();
        File.Delete(Path.Combine(seed, "demo/users.json"));

        var plan = SeedPlan.Read(seed, includeDemo: false);

        Assert.Empty(plan.Users);
        Assert.Equal(34, plan.Provinces.Count);
    }

    [Fact]
    public void Shipped_seed_has_demands_of_both_demo_buyers_with_one_closed_and_one_expired()
    {
        var plan = SeedPlan.Read(RepositoryFolders.ContentSeed, includeDemo: true);
        var demands = plan.Demands.Select(d => d.Item).ToList();

        Assert.InRange(demands.Count, 10, 20);
        Assert.Equal(["hong-ha-agri-export", "sai-gon-xanh-retail"], demands.Select(d => d.Buyer).Distinct().Order());
        Assert.Single(demands, d => d.Status == "closed");
        Assert.Contains(demands, d => d.Status == "open" && d.ValidUntil < new DateOnly(2026, 11, 22));
        Assert.Contains(demands, d => d.MinimumOcopStars is not null);
        Assert.Contains(demands, d => !d.ShowCompanyName);
    }

    [Fact]
    public void A_demand_of_an_organisation_that_is_not_a_buyer_names_its_line()
    {
        var seed = RepositoryFolders.CopyOfContentSeed();
        var path = Path.Combine(seed, "demo/demands.json");
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindLastIndex(l => l.Contains("\"buyer\"", StringComparison.Ordinal));
        lines[index] = "    \"buyer\": \"htx-nuoc-mam-ca-na\",";
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<SeedException>(() => SeedPlan.Read(seed, includeDemo: true));

        Assert.Equal("demo/demands.json", error.File);
        Assert.Equal(lines.FindLastIndex(index, l => l.Trim() == "{") + 1, error.Line);
        Assert.Contains("htx-nuoc-mam-ca-na", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"requiredCertificates\": [\"vietgap\", \"iso-9001\"],", "iso-9001")]
    [InlineData("\"requiredCertificates\": [\"ocop-4\"],", "ocop-4")]
    [InlineData("\"unit\": \"bao\",", "bao")]
    [InlineData("\"deliveryFrom\": \"2027-12-01\",", "runs backwards")]
    [InlineData("\"colour\": \"red\",", "colour")]
    public void A_wrong_demand_is_refused_with_its_file(string line, string expected)
    {
        var seed = RepositoryFolders.CopyOfContentSeed();
        var path = Path.Combine(seed, "demo/demands.json");
        var lines = File.ReadAllLines(path).ToList();
        var field = line[..(line.IndexOf(':', StringComparison.Ordinal) + 1)];
        var index = lines.FindIndex(l => l.TrimStart().StartsWith(field, StringComparison.Ordinal));
        if (index < 0 || field.Contains("colour", StringComparison.Ordinal))
        {
            lines.Insert(2, "    " + line);
        }
        else
        {
            lines[index] = "    " + line;
        }

        File.WriteAllLines(path, lines);

        var error = Assert.Throws<SeedException>(() => SeedPlan.Read(seed, includeDemo: true));

        Assert.Equal("demo/demands.json", error.File);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

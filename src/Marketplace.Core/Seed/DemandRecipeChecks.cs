using Marketplace.Catalogue;
using Marketplace.Demands;

namespace Marketplace.Seed;

/// <summary>
/// Checks of the demo demands, each naming the file and line of the demand at fault. The same rules as a buyer's form,
/// except the dates: the file is fixed while the calendar moves, and a demo needs an expired demand on purpose.
/// </summary>
internal static class DemandRecipeChecks
{
    public static void Check(
        Located<DemandRecipe> demand,
        IReadOnlySet<string> buyers,
        IReadOnlySet<string> categories,
        IReadOnlySet<string> provinces,
        IReadOnlySet<string> certificateTypes)
    {
        var item = demand.Item;
        void Fail(string problem) => throw new SeedException(demand.File, demand.Line, $"demand '{item.Key}': {problem}");

        if (!buyers.Contains(item.Buyer))
        {
            Fail($"buyer '{item.Buyer}' is not a buyer in {SeedPlan.OrganisationsFile}.");
        }

        if (string.IsNullOrWhiteSpace(item.Title) || item.Title.Trim().Length > DemandForm.MaxTitleLength)
        {
            Fail($"the title must have 1 to {DemandForm.MaxTitleLength} characters.");
        }

        if (!categories.Contains(item.Category))
        {
            Fail($"category '{item.Category}' is not in {SeedPlan.CategoriesFile}.");
        }

        if (!provinces.Contains(item.DeliveryProvince))
        {
            Fail($"delivery province '{item.DeliveryProvince}' is not in {SeedPlan.ProvincesFile}.");
        }

        if (item.Quantity is <= 0 or > DemandForm.MaxQuantity)
        {
            Fail($"quantity {item.Quantity} must be above 0 and at most {DemandForm.MaxQuantity}.");
        }

        CatalogueRecipeChecks.ParseOrFail<SalesUnit>(item.Unit, "unit", Fail);
        CatalogueRecipeChecks.ParseOrFail<DemandFrequency>(item.Frequency, "frequency", Fail);
        CatalogueRecipeChecks.ParseOrFail<DemandStatus>(item.Status, "status", Fail);

        if (item.DeliveryFrom > item.DeliveryTo)
        {
            Fail($"the delivery window {item.DeliveryFrom:yyyy-MM-dd} – {item.DeliveryTo:yyyy-MM-dd} runs backwards.");
        }

        foreach (var code in (item.RequiredCertificates ?? []).Where(c => !certificateTypes.Contains(c) || DemandStates.IsOcopRating(c)))
        {
            Fail($"required certificate '{code}' is not a certificate type in {SeedPlan.CertificateTypesFile} (OCOP is asked with minimumOcopStars).");
        }

        if (item.MinimumOcopStars is not (null or 3 or 4 or 5))
        {
            Fail($"minimum OCOP stars must be 3, 4 or 5, not {item.MinimumOcopStars}.");
        }

        if (item.TargetPriceVnd is < 0)
        {
            Fail($"target price {item.TargetPriceVnd} is negative.");
        }

        if ((item.Description?.Length ?? 0) > DemandForm.MaxDescriptionLength)
        {
            Fail($"the description is longer than {DemandForm.MaxDescriptionLength} characters.");
        }
    }
}

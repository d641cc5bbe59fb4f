using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Catalogue.AddProductPhoto;
using Marketplace.Catalogue.ChangeProductStatus;
using Marketplace.Catalogue.CreateProduct;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Marketplace.E2E;

/// <summary>Readers are on phones and weak connections: the first visit must stay light.</summary>
[Collection(SiteCollection.Name)]
public sealed class PageWeightTests(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task First_load_of_the_home_page_weighs_at_most_350_KB_of_which_at_most_50_KB_JavaScript()
    {
        // A fresh context has an empty cache, so this is a first visit.
        await using var context = await site.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, site.ServerLog);
        var weight = PageWeight.Watch(page);

        await page.GotoAsync(site.Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle });

        await weight.AssertWithinBudgetAsync("/", output);
        problems.AssertNone();
    }

    [Fact]
    public async Task First_load_of_a_product_page_with_a_photo_weighs_at_most_350_KB_of_which_at_most_50_KB_JavaScript()
    {
        var productId = await PublishProductWithPhotoAsync();
        await using var context = await site.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, site.ServerLog);
        var weight = PageWeight.Watch(page);

        // The short address, as shared links use it: its redirect to the slug is part of the load.
        await page.GotoAsync(site.Url($"/products/{productId}"), new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(await page.Locator(".gallery img").EvaluateAsync<int>("img => img.naturalWidth") > 0, "The product photo did not load.");

        await weight.AssertWithinBudgetAsync($"/products/{productId}", output);
        problems.AssertNone();
    }

    /// <summary>This test's own product, made through the same handlers the cooperative's pages use.</summary>
    private async Task<int> PublishProductWithPhotoAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var create = scope.ServiceProvider.GetRequiredService<CreateProductHandler>();
        var addPhoto = scope.ServiceProvider.GetRequiredService<AddProductPhotoHandler>();
        var changeStatus = scope.ServiceProvider.GetRequiredService<ChangeProductStatusHandler>();
        var cooperative = await db.Organisations.Where(o => o.SeedKey == "htx-thanh-long-ham-thuan-xanh" && o.Type == OrganisationType.Cooperative).Select(o => o.Id).SingleAsync();
        var form = new ProductForm(
            NameVi: "Thanh long ruột đỏ loại 1 (kiểm tra trọng lượng trang)",
            NameEn: "Grade 1 red-flesh dragon fruit (page weight check)",
            DescriptionVi: "Trái 400–550 g, **độ Brix 17+**, đóng thùng 10 kg tại nhà sơ chế của hợp tác xã.",
            DescriptionEn: null,
            CategoryCode: "dragon-fruit",
            OcopStars: 4,
            OcopCertificateNumber: null,
            OcopYear: null,
            OriginProvinceCode: "lam-dong",
            OriginPlace: "Hàm Thuận Bắc",
            GeographicalIndication: null,
            Unit: SalesUnit.Kg,
            PriceMinVnd: 28_000,
            PriceMaxVnd: 35_000,
            MinimumOrder: 500,
            CapacityAmount: 60,
            CapacityUnit: SalesUnit.Tan,
            CapacityPeriod: CapacityPeriod.Month,
            HarvestMonths: [5, 6, 7, 8],
            ShelfLifeDays: 21,
            Packaging: "Thùng carton 10 kg",
            ExportMarkets: null,
            CertificateIds: []);
        var created = await create.HandleAsync(cooperative, form, CancellationToken.None);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Field}: {e.MessageKey}")));
        var id = created.ProductId!.Value;
        await using (var photo = new MemoryStream(TestPhoto.Jpeg()))
        {
            Assert.True(await addPhoto.HandleAsync(cooperative, id, photo, CancellationToken.None));
        }

        Assert.True(await changeStatus.HandleAsync(cooperative, id, ProductStatus.Published, CancellationToken.None));
        return id;
    }
}

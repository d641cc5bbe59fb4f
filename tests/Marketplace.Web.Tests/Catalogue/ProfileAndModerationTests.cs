using System.Net;
using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Catalogue;

public abstract class ProfileAndModerationTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Fact]
    public async Task Organiser_verifies_a_cooperative_recording_who_and_when_and_a_name_change_returns_it_to_unverified()
    {
        var cooperative = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, cooperative);
        var organisationId = await OrganisationOfAsync(email);
        var organiser = site.Browser();
        var organiserEmail = await Staff.SignedInAsync(site, organiser, Roles.Organiser);

        var verified = await organiser.SubmitAsync("/moderate", new Dictionary<string, string> { ["verified"] = "true" }, $"/moderate/cooperatives/{organisationId}/verify");

        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        var (at, by) = await site.InDatabaseAsync(db => db.Organisations.Where(o => o.Id == organisationId).Select(o => new { o.VerifiedAtUtc, o.VerifiedByUserId }).SingleAsync().ContinueWith(t => (t.Result.VerifiedAtUtc, t.Result.VerifiedByUserId)));
        Assert.NotNull(at);
        Assert.Equal(await site.InDatabaseAsync(db => db.Users.Where(u => u.Email == organiserEmail).Select(u => u.Id).SingleAsync()), by);
        Assert.Contains("Đã xác minh", await cooperative.GetStringAsync("/manage/profile"), StringComparison.Ordinal);

        var form = await ProfileFormAsync(cooperative);
        form["Profile.Name"] = "Hợp tác xã Đổi Tên " + Guid.NewGuid().ToString("N")[..4];
        await cooperative.SubmitAsync("/manage/profile", form);

        Assert.Null(await site.InDatabaseAsync(db => db.Organisations.Where(o => o.Id == organisationId).Select(o => o.VerifiedAtUtc).SingleAsync()));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    public async Task A_verification_choice_that_is_no_choice_changes_nothing_and_says_so(string choice)
    {
        var cooperative = site.Browser();
        var organisationId = await OrganisationOfAsync(await Cooperatives.SignedInAsync(site, cooperative));
        var organiser = site.Browser();
        await Staff.SignedInAsync(site, organiser, Roles.Organiser);
        await organiser.SubmitAsync("/moderate", new Dictionary<string, string> { ["verified"] = "true" }, $"/moderate/cooperatives/{organisationId}/verify");
        var before = await site.InDatabaseAsync(db => db.Organisations.Where(o => o.Id == organisationId).Select(o => o.VerifiedAtUtc).SingleAsync());

        var response = await organiser.SubmitAsync("/moderate", new Dictionary<string, string> { ["verified"] = choice }, $"/moderate/cooperatives/{organisationId}/verify");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(before);
        Assert.Equal(before, await site.InDatabaseAsync(db => db.Organisations.Where(o => o.Id == organisationId).Select(o => o.VerifiedAtUtc).SingleAsync()));
        Assert.Contains("Hãy chọn xác minh hoặc bỏ xác minh", await organiser.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_contacts_keeps_verification_and_a_taken_registration_number_is_refused()
    {
        var cooperative = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, cooperative);
        var organisationId = await OrganisationOfAsync(email);
        await site.InDatabaseAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId);
            organisation.VerifiedAtUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });
        var taken = await site.InDatabaseAsync(db => db.Organisations.Where(o => o.RegistrationNumber != null && o.Id != organisationId).Select(o => o.RegistrationNumber!).FirstAsync());

        var form = await ProfileFormAsync(cooperative);
        form["Profile.Zalo"] = "0912 345 678";
        await cooperative.SubmitAsync("/manage/profile", form);
        form["Profile.RegistrationNumber"] = taken;
        var refused = await cooperative.SubmitAsync("/manage/profile", form);

        Assert.Contains($"Mã số đăng ký {taken} đã có trên sàn", await refused.HtmlAsync(), StringComparison.Ordinal);
        var stored = await site.InDatabaseAsync(db => db.Organisations.SingleAsync(o => o.Id == organisationId));
        Assert.Equal("0912 345 678", stored.Zalo);
        Assert.NotEqual(taken, stored.RegistrationNumber);
        Assert.NotNull(stored.VerifiedAtUtc);
    }

    [Fact]
    public async Task Cooperative_adds_certificates_and_an_expired_one_is_shown_as_expired_and_never_counts()
    {
        var cooperative = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, cooperative);

        var bad = await cooperative.SubmitAsync("/manage/profile", new Dictionary<string, string> { ["Certificate.TypeCode"] = "no-such-type", ["Certificate.Number"] = "", ["Certificate.ValidUntil"] = "2027-01-01" }, "/manage/certificates");
        var badHtml = await bad.HtmlAsync();
        Assert.Contains("Hãy chọn loại chứng nhận.", badHtml, StringComparison.Ordinal);
        Assert.Contains("Vui lòng nhập số chứng nhận.", badHtml, StringComparison.Ordinal);

        await cooperative.SubmitAsync("/manage/profile", new Dictionary<string, string> { ["Certificate.TypeCode"] = "vietgap", ["Certificate.Number"] = "VG-1", ["Certificate.ValidUntil"] = "2020-01-31" }, "/manage/certificates");
        var page = await cooperative.GetStringAsync("/manage/profile");
        Assert.Contains("đã hết hạn ngày 31/01/2020", page, StringComparison.Ordinal);

        var organisationId = await OrganisationOfAsync(email);
        var certificate = await site.InDatabaseAsync(db => db.Certificates.SingleAsync(c => c.OrganisationId == organisationId));
        Assert.False(certificate.IsValidOn(new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public async Task A_hidden_product_leaves_the_public_catalogue_and_its_cooperative_reads_the_reason()
    {
        var cooperative = site.Browser();
        await Cooperatives.SignedInAsync(site, cooperative);
        var id = await Products.CreateAsync(cooperative, Products.Form("Mắm tôm " + Guid.NewGuid().ToString("N")[..4]));
        await Products.PublishAsync(cooperative, id);
        var organisationId = await site.InDatabaseAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.OrganisationId).SingleAsync());
        var organiser = site.Browser();
        await Staff.SignedInAsync(site, organiser, Roles.Administrator);

        var withoutReason = await organiser.SubmitAsync($"/moderate/cooperatives/{organisationId}", new Dictionary<string, string> { ["cooperative"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["reason"] = " " }, $"/moderate/products/{id}/hide");
        Assert.Equal(HttpStatusCode.Redirect, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync($"/products/{id}")).StatusCode);

        await organiser.SubmitAsync($"/moderate/cooperatives/{organisationId}", new Dictionary<string, string> { ["cooperative"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["reason"] = "Ảnh không đúng sản phẩm" }, $"/moderate/products/{id}/hide");

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/products/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/api/v1/products/{id}")).StatusCode);
        Assert.Contains("Lý do: Ảnh không đúng sản phẩm", await cooperative.GetStringAsync($"/manage/products/{id}"), StringComparison.Ordinal);
        Assert.Equal(ProductStatus.Published, await site.InDatabaseAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_reason_over_its_limit_is_refused_with_a_message_and_one_at_the_limit_is_kept_whole()
    {
        var cooperative = site.Browser();
        await Cooperatives.SignedInAsync(site, cooperative);
        var id = await Products.CreateAsync(cooperative, Products.Form("Mắm tôm " + Guid.NewGuid().ToString("N")[..4]));
        await Products.PublishAsync(cooperative, id);
        var organisationId = await site.InDatabaseAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.OrganisationId).SingleAsync());
        var organiser = site.Browser();
        await Staff.SignedInAsync(site, organiser, Roles.Administrator);
        var page = $"/moderate/cooperatives/{organisationId}";
        Dictionary<string, string> Hide(string reason) => new() { ["cooperative"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["reason"] = reason };

        // 999 letters and an emoji (two UTF-16 units): one unit over, where a cut would leave half the emoji (U+FFFD).
        var refused = await organiser.SubmitAsync(page, Hide(new string('a', 999) + "🍉"), $"/moderate/products/{id}/hide");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Lý do dài tối đa 1.000 ký tự.", await organiser.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Null(await site.InDatabaseAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.HiddenReason).SingleAsync()));

        var atLimit = new string('a', 998) + "🍉";
        await organiser.SubmitAsync(page, Hide(atLimit), $"/moderate/products/{id}/hide");
        Assert.Equal(atLimit, await site.InDatabaseAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.HiddenReason).SingleAsync()));

        var missing = await organiser.ForgeAsync(page, Hide("Không có thật"), "/moderate/products/987654321/hide");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Cooperative)]
    [InlineData(Roles.Buyer)]
    public async Task Only_organisers_and_administrators_moderate(string role)
    {
        var browser = site.Browser();
        if (role == Roles.Cooperative)
        {
            await Cooperatives.SignedInAsync(site, browser);
        }
        else
        {
            await Staff.SignedInAsync(site, browser, role);
        }

        var response = await browser.GetAsync("/moderate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/error/403", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_cannot_remove_another_cooperatives_certificate()
    {
        var owner = site.Browser();
        var ownerEmail = await Cooperatives.SignedInAsync(site, owner);
        await owner.SubmitAsync("/manage/profile", new Dictionary<string, string> { ["Certificate.TypeCode"] = "haccp", ["Certificate.Number"] = "H-9", ["Certificate.ValidUntil"] = "2030-01-01" }, "/manage/certificates");
        var organisationId = await OrganisationOfAsync(ownerEmail);
        var certificate = await site.InDatabaseAsync(db => db.Certificates.Where(c => c.OrganisationId == organisationId).Select(c => c.Id).SingleAsync());
        var intruder = site.Browser();
        await Cooperatives.SignedInAsync(site, intruder);

        var response = await intruder.ForgeAsync("/manage/profile", new Dictionary<string, string>(), $"/manage/certificates/{certificate}/delete");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await site.InDatabaseAsync(db => db.Certificates.AnyAsync(c => c.Id == certificate)));
    }

    [Fact]
    public async Task Logo_and_a_certificate_photo_appear_on_the_public_page_and_a_pdf_is_refused_with_what_to_do()
    {
        var cooperative = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, cooperative);
        var organisationId = await OrganisationOfAsync(email);
        await cooperative.SubmitAsync("/manage/profile", new Dictionary<string, string> { ["Certificate.TypeCode"] = "vietgap", ["Certificate.Number"] = "VG-77", ["Certificate.ValidUntil"] = "2030-01-01" }, "/manage/certificates");
        var certificate = await site.InDatabaseAsync(db => db.Certificates.Where(c => c.OrganisationId == organisationId).Select(c => c.Id).SingleAsync());

        await Upload(cooperative, "/manage/profile/logo", "logo", Products.Jpeg(400, 400), "logo.jpg");
        var pdf = await Upload(cooperative, $"/manage/certificates/{certificate}/document", "document", "%PDF-1.7 1 0 obj << >> endobj"u8.ToArray(), "chung-nhan.pdf");
        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        Assert.Contains("Tệp PDF chưa được hỗ trợ", await cooperative.GetStringAsync("/manage/profile"), StringComparison.Ordinal);
        await Upload(cooperative, $"/manage/certificates/{certificate}/document", "document", Products.Jpeg(800, 1100), "chung-nhan.jpg");

        var stored = await site.InDatabaseAsync(db => db.Organisations.Where(o => o.Id == organisationId).Select(o => o.LogoMediaKey).SingleAsync());
        var document = await site.InDatabaseAsync(db => db.Certificates.Where(c => c.Id == certificate).Select(c => c.DocumentMediaKey).SingleAsync());
        var page = await site.CreateClient().GetStringAsync($"/cooperatives/{organisationId}");
        Assert.Contains($"/media/{stored}/320.jpg", page, StringComparison.Ordinal);
        Assert.Contains($"/media/{document}/640.jpg", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sectors_are_saved_from_the_profile_and_shown_on_the_public_page()
    {
        var cooperative = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, cooperative);
        var form = await ProfileFormAsync(cooperative);
        var body = form.Append(new("Profile.Sectors", "fruit")).Append(new("Profile.Sectors", "coffee-tea-cocoa"));

        var saved = await cooperative.SubmitAsync("/manage/profile", body);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var organisationId = await OrganisationOfAsync(email);
        Assert.Equal("fruit,coffee-tea-cocoa", await site.InDatabaseAsync(db => db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Sectors).SingleAsync()));
        Assert.Contains("Trái cây", await site.CreateClient().GetStringAsync($"/cooperatives/{organisationId}"), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Upload(HttpClient browser, string url, string field, byte[] file, string name) =>
        browser.UploadAsync("/manage/profile", url, field, file, name);

    private Task<int> OrganisationOfAsync(string email) =>
        site.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId!.Value).SingleAsync());

    /// <summary>The profile form's current values, as the browser would post them back.</summary>
    private static async Task<Dictionary<string, string>> ProfileFormAsync(HttpClient browser)
    {
        var html = await browser.GetStringAsync("/manage/profile");
        var fields = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match input in System.Text.RegularExpressions.Regex.Matches(html, "name=\"(Profile\\.[A-Za-z]+)\"[^>]*?value=\"([^\"]*)\""))
        {
            // Checkboxes are posted only when ticked; a test ticks its own.
            if (input.Groups[1].Value != "Profile.Sectors")
            {
                fields[input.Groups[1].Value] = WebUtility.HtmlDecode(input.Groups[2].Value);
            }
        }

        return fields;
    }
}

public sealed class SqliteProfileAndModerationTests(SqliteMarketplace site) : ProfileAndModerationTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresProfileAndModerationTests(PostgresMarketplace site) : ProfileAndModerationTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;

using Marketplace.Data;
using Marketplace.Email.Pickup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using MimeKit;

namespace Marketplace.Email.Tests.Pickup;

public sealed class PickupFolderTransportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 8, 30, 0, TimeSpan.Zero);

    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "marketplace-email-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task A_message_becomes_one_eml_file_with_sender_recipient_subject_date_message_id_and_both_bodies()
    {
        var message = new EmailMessage("lan@htx-camxa.vn", "Nguyễn Thị Lan", "Xác nhận địa chỉ e-mail", "Mở liên kết: https://cho-htx.vn/x", "<p>Mở <a href=\"https://cho-htx.vn/x\">liên kết</a></p>");

        await SendAsync(message, new EmailOptions { From = "no-reply@cho-htx.vn", FromName = "Chợ Hợp tác xã" });

        var file = Assert.Single(Directory.EnumerateFiles(Path.Combine(dataPath, "mail-pickup")));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var sent = await MimeMessage.LoadAsync(file);
        var from = Assert.Single(sent.From.Mailboxes);
        Assert.Equal(("Chợ Hợp tác xã", "no-reply@cho-htx.vn"), (from.Name, from.Address));
        var to = Assert.Single(sent.To.Mailboxes);
        Assert.Equal(("Nguyễn Thị Lan", "lan@htx-camxa.vn"), (to.Name, to.Address));
        Assert.Equal(message.Subject, sent.Subject);
        Assert.Equal("outbox-7@cho-htx.vn", sent.MessageId);
        Assert.Equal(Now, sent.Date);
        Assert.Equal(message.TextBody, sent.TextBody?.TrimEnd());
        Assert.Equal(message.HtmlBody, sent.HtmlBody?.TrimEnd());
    }

    [Fact]
    public async Task The_pickup_folder_is_made_under_the_data_folder_and_each_message_gets_its_own_file()
    {
        var settings = new EmailOptions { PickupFolder = Path.Combine("outbox", "mail") };

        await SendAsync(new EmailMessage("a@example.vn", "A", "Một", "1", "<p>1</p>"), settings, "outbox-1@x.vn");
        await SendAsync(new EmailMessage("b@example.vn", "B", "Hai", "2", "<p>2</p>"), settings, "outbox-2@x.vn");

        // Two .eml files and no half-written .tmp left beside them.
        Assert.Equal(2, Directory.EnumerateFiles(Path.Combine(dataPath, "outbox", "mail")).Count(f => f.EndsWith(".eml", StringComparison.Ordinal)));
        Assert.Equal(2, Directory.EnumerateFiles(Path.Combine(dataPath, "outbox", "mail")).Count());
    }

    [Fact]
    public async Task A_retried_message_replaces_its_file_instead_of_appearing_twice()
    {
        var message = new EmailMessage("a@example.vn", "A", "Một", "1", "<p>1</p>");

        await SendAsync(message, new EmailOptions(), "outbox-3@x.vn");
        await SendAsync(message, new EmailOptions(), "outbox-3@x.vn");

        Assert.Single(Directory.EnumerateFiles(Path.Combine(dataPath, "mail-pickup")));
    }

    private async Task SendAsync(EmailMessage message, EmailOptions settings, string messageId = "outbox-7@cho-htx.vn")
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = dataPath, ContentRootFileProvider = new NullFileProvider() });
        services.Configure<MarketplaceOptions>(o => o.DataPath = dataPath);
        services.Configure<EmailOptions>(o => (o.From, o.FromName, o.PickupFolder) = (settings.From, settings.FromName, settings.PickupFolder));
        services.AddSingleton<DataPaths>();
        services.AddPickupFolderEmail();
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IEmailTransport>().DeliverAsync(new OutgoingEmail(message, messageId, Now), CancellationToken.None);
    }
}

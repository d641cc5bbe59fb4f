using Marketplace.Data;
using Marketplace.Email;
using Marketplace.Email.Outbox;
using Marketplace.Email.Pickup;
using Marketplace.Email.Smtp;
using Marketplace.Web.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Areas.Email;

/// <summary>
/// Outgoing e-mail for every module: the outbox behind <see cref="IEmailSender"/>, its worker, the transport that
/// Marketplace:Email:Transport names (the pickup folder unless it says Smtp) and the "email" entry of /health.
/// </summary>
internal sealed class EmailModule : IWebModule
{
    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<EmailOptions>(EmailOptions.Section);
        builder.Services.AddSettings<SmtpOptions>(SmtpOptions.Section);
        builder.Services.AddOptions<EmailOptions>().Validate<IOptions<SmtpOptions>>(
            (email, smtp) => email.Transport != EmailOptions.SmtpTransport || !string.IsNullOrWhiteSpace(smtp.Value.Host),
            "Set Marketplace:Email:Smtp:Host to the mail server's name (for example smtp.example.vn) when Marketplace:Email:Transport is Smtp.");
        builder.Services.AddEmailOutbox(runWorker: true);

        // Chosen when first used, from the settings as the site finally reads them (not while modules register).
        builder.Services.AddSingleton(provider => provider.GetRequiredKeyedService<IEmailTransport>(provider.GetRequiredService<IOptions<EmailOptions>>().Value.Transport));
        builder.Services.AddSmtpEmail().AddPickupFolderEmail();

        builder.Services.AddHealthChecks().AddCheck<EmailHealthCheck>("email");
    }

    /// <summary>Degraded while a message has waited more than a quarter hour or one was given up: the mail server needs a look.</summary>
    private sealed class EmailHealthCheck(MarketplaceDbContext db, TimeProvider clock) : IHealthCheck
    {
        private static readonly TimeSpan TolerableWait = TimeSpan.FromMinutes(15);

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var lag = await EmailOutboxLag.ReadAsync(db, clock, cancellationToken);
            var data = new Dictionary<string, object> { ["waiting"] = lag.Waiting, ["oldestSeconds"] = Math.Round(lag.OldestAge.TotalSeconds, 1), ["gaveUp"] = lag.GaveUp };
            var description = $"E-mail outbox: {lag.Waiting} waiting, oldest {lag.OldestAge.TotalSeconds:0.#} s, {lag.GaveUp} given up.";
            return lag.OldestAge > TolerableWait || lag.GaveUp > 0
                ? HealthCheckResult.Degraded(description, data: data)
                : HealthCheckResult.Healthy(description, data: data);
        }
    }
}

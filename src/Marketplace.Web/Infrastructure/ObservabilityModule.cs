using System.Text.Json;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Search.Indexing;
using Marketplace.Search;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Web.Infrastructure;

/// <summary>Structured logs, /health for the database and the search engine (details for administrators only).</summary>
internal static class ObservabilityModule
{
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }
        else
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SearchHealthCheck>("search");
        return builder;
    }

    public static WebApplication MapObservability(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).DisableRateLimiting();
        return app;
    }

    /// <summary>
    /// Anyone (the container's health check, a load balancer, the footer's link) reads the status alone; only a
    /// signed-in administrator reads what each check found, which names the server's folders and queues (ADR 0017).
    /// The status code says the same for both: 200 healthy or degraded, 503 unhealthy.
    /// </summary>
    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        if (!context.User.IsInRole(Roles.Administrator))
        {
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
        }

        context.Response.Headers.CacheControl = "no-store, private";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data.Count > 0 ? e.Value.Data : null }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private sealed class DatabaseHealthCheck(MarketplaceDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName} answers.")
                : HealthCheckResult.Unhealthy($"{db.Database.ProviderName} does not answer.");
    }

    /// <summary>The engine's own answer and how far the index lags behind the database (the outbox queue).</summary>
    private sealed class SearchHealthCheck(ISearchEngine engine, MarketplaceDbContext db, TimeProvider clock) : IHealthCheck
    {
        private static readonly TimeSpan TolerableLag = TimeSpan.FromMinutes(5);

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var health = await engine.CheckHealthAsync(cancellationToken);
            var lag = await SearchOutboxLag.ReadAsync(db, clock, cancellationToken);
            var data = new Dictionary<string, object> { ["outboxPending"] = lag.Pending, ["outboxLagSeconds"] = Math.Round(lag.OldestAge.TotalSeconds, 1), ["outboxParked"] = lag.Parked };
            var description = $"{health.Description} Outbox: {lag.Pending} pending, oldest {lag.OldestAge.TotalSeconds:0.#} s, {lag.Parked} parked until a reindex.";
            return !health.Healthy ? HealthCheckResult.Unhealthy(description, data: data)
                : lag.OldestAge > TolerableLag || lag.Parked > 0 ? HealthCheckResult.Degraded(description, data: data)
                : HealthCheckResult.Healthy(description, data: data);
        }
    }
}

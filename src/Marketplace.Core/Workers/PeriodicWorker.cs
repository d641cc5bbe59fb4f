using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marketplace.Workers;

/// <summary>
/// A background pass every so often, each in its own scope (its own DbContext), which logs what it did and, when it
/// fails, logs the failure and tries again at the next pass instead of stopping the site. The rules live in the
/// handlers a pass calls, so they are tested without waiting for the clock.
/// </summary>
public abstract class PeriodicWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>Time between the end of one pass and the start of the next.</summary>
    protected abstract TimeSpan Every { get; }

    /// <summary>What the pass does, for the log ("match digests", "e-mail delivery").</summary>
    protected abstract string Work { get; }

    /// <summary>One pass; returns how many things it did (0 logs nothing).</summary>
    protected abstract Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Every, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var done = await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                if (done > 0)
                {
                    logger.LogInformation("{Work}: {Count} done.", Work, done);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Work} failed; trying again in {Seconds} s.", Work, Every.TotalSeconds);
            }
        }
    }
}

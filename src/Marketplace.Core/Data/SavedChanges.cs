using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Data;

/// <summary>Something that keeps a copy of what the database holds (a cache) and must drop it when a save changes it.</summary>
public interface ISavedChangesObserver
{
    /// <summary>Called after a save wrote rows of the given entity types. Runs in the saving request: keep it in memory and quick.</summary>
    ValueTask SavedAsync(IReadOnlySet<Type> changed, CancellationToken cancellationToken);
}

/// <summary>
/// Tells the observers which entity types a save wrote, once the save has succeeded, so a cache is dropped by the
/// write itself rather than left to expire. Bulk ExecuteUpdate/ExecuteDelete bypass it: they only touch the search
/// outbox and notifications, which nothing caches.
/// </summary>
public sealed class SavedChangesInterceptor(IEnumerable<ISavedChangesObserver> observers) : SaveChangesInterceptor
{
    private readonly ISavedChangesObserver[] observers = [.. observers];

    // One interceptor serves every context: what a context is about to save is kept beside that context.
    private readonly ConditionalWeakTable<DbContext, HashSet<Type>> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // Only Data Protection saves synchronously; the observers complete at once, in memory.
        PublishAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await PublishAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var types = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Metadata.ClrType)
            .ToHashSet();
        pending.AddOrUpdate(context, types);
    }

    private async ValueTask PublishAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !pending.TryGetValue(context, out var types))
        {
            return;
        }

        pending.Remove(context);
        if (types.Count == 0)
        {
            return;
        }

        foreach (var observer in observers)
        {
            await observer.SavedAsync(types, cancellationToken);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }
}

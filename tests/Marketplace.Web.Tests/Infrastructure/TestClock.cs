namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The system clock, moved on by a test that needs a later time; <see cref="Reset"/> puts it back.</summary>
public sealed class TestClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void MoveOn(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public void Reset() => Interlocked.Exchange(ref offsetTicks, 0);
}

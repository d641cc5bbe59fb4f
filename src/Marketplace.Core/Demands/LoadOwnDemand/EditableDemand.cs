namespace Marketplace.Demands.LoadOwnDemand;

/// <summary>A demand as its buyer edits it.</summary>
public sealed record EditableDemand(int Id, DemandForm Form, DemandState State, DateTime? ClosedAtUtc);

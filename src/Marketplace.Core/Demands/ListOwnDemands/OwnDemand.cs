namespace Marketplace.Demands.ListOwnDemands;

/// <summary>One line of the buyer's own list.</summary>
public sealed record OwnDemand(int Id, string Title, DemandState State, DateOnly DeliveryFrom, DateOnly DeliveryTo, DateOnly ValidUntil, DateTime CreatedAtUtc);

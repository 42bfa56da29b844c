namespace Monitoring.Storage;

/// <summary>
/// Delivery summed over a set of subscriptions: deliveries waiting (not dead), dead letters, and how many
/// subscriptions have a failure holding them up (a <see cref="DeliveryState.FailingSince"/>).
/// </summary>
public sealed record DeliveryTotals(int Pending, int Dead, int Failing);

using Microsoft.AspNetCore.Mvc;
using Monitoring.Silo.Delivery;
using Monitoring.Storage;

namespace Monitoring.Silo.Dashboard.Pages;

/// <summary>Each subscription with its delivery state; a subscriber sees and replays only its own.</summary>
public sealed class SubscriptionsModel(ISubscriptionStore store, AlertSignal signal, TimeProvider time) : DashboardPage
{
    public IReadOnlyList<(Subscription Subscription, DeliveryState Delivery)> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var owner = IsOperator ? null : Caller.KeyId;
        var subscriptions = await store.ListAsync(owner, HttpContext.RequestAborted);
        var states = await store.DeliveryStatesAsync(owner, HttpContext.RequestAborted);
        Rows = [.. subscriptions.Select(s => (s, states.GetValueOrDefault(s.Id, DeliveryState.None)))];
    }

    public async Task<IActionResult> OnPostReplayAsync(string id)
    {
        // Another's subscription is answered as one that does not exist, as the API does.
        if (await store.GetAsync(id, HttpContext.RequestAborted) is not { } s || !(IsOperator || s.Owner == Caller.KeyId))
        {
            return NotFound();
        }
        var replayed = await store.ReplayDeadLettersAsync(id, time.GetUtcNow(), HttpContext.RequestAborted);
        signal.DeliveriesStored([id]);
        return Done($"{replayed} dead letters of {id} queued again.");
    }
}

using Monitoring.Abstractions;
using Monitoring.Extraction.Measures;
using Monitoring.Storage;

namespace Monitoring.Silo.Delivery;

/// <summary>Whether an alert passes a subscription's filters: every filter that is set must pass.</summary>
public static class AlertFilter
{
    public static bool Passes(SubscriptionFilters filters, TopicAlert alert)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(alert);
        if (filters.Kinds.Count > 0 && !filters.Kinds.Contains(alert.Kind, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }
        if (filters.MeasureTypes.Count > 0 && alert.Type is not null && !filters.MeasureTypes.Contains(alert.Type, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }
        if (filters.Actors.Count > 0 && !new[] { alert.Actor, alert.Imposer, alert.Target }.Any(a => a is not null && filters.Actors.Contains(a, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }
        if (filters.MinStatus is { } min && alert.Status is { } status && !MeasureStatus.Reaches(status, min))
        {
            return false;
        }
        return alert.Corroboration >= filters.MinCorroboration;
    }
}

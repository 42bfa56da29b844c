using Monitoring.Abstractions;
using Monitoring.Silo.Delivery;
using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Delivery;

/// <summary>
/// A subscription's filters, alert by alert: each filter on both sides of its edge, names compared
/// without case, and a filter that does not apply to an alert letting it through.
/// </summary>
public sealed class AlertFilterTests
{
    private static readonly TopicAlert Actor = new() { TopicId = "t", Kind = "new_actor", Actor = "Japan", Corroboration = 1 };

    private static readonly TopicAlert Measure = new()
    {
        TopicId = "t",
        Kind = "new_measure",
        Type = "export_ban",
        Imposer = "Japan",
        Target = "Russia",
        Status = "announced",
        Corroboration = 2,
    };

    private static readonly TopicAlert Lift = Measure with { Kind = "status_change", Status = "lifted" };

    private static bool Passes(SubscriptionFilters filters, TopicAlert alert) => AlertFilter.Passes(filters, alert);

    [Fact]
    public void No_filter_passes_everything()
    {
        Assert.True(Passes(new SubscriptionFilters(), Actor));
        Assert.True(Passes(new SubscriptionFilters(), Measure));
        Assert.True(Passes(new SubscriptionFilters(), Actor with { Corroboration = 0 }));
    }

    [Fact]
    public void Kinds_keep_the_kinds_named_whatever_their_case()
    {
        var measures = new SubscriptionFilters { Kinds = ["NEW_MEASURE", "status_change"] };

        Assert.False(Passes(measures, Actor));
        Assert.True(Passes(measures, Measure));
        Assert.True(Passes(measures, Lift));
    }

    [Fact]
    public void Measure_types_keep_those_types_and_let_alerts_without_a_type_through()
    {
        var bans = new SubscriptionFilters { MeasureTypes = ["Export_Ban"] };

        Assert.True(Passes(bans, Measure));
        Assert.False(Passes(bans, Measure with { Type = "asset_freeze" }));
        Assert.True(Passes(bans, Actor)); // a new actor is about no measure
    }

    [Fact]
    public void Actors_keep_alerts_whose_actor_imposer_or_target_is_named()
    {
        Assert.True(Passes(new SubscriptionFilters { Actors = ["japan"] }, Actor));
        Assert.True(Passes(new SubscriptionFilters { Actors = ["japan"] }, Measure));
        Assert.True(Passes(new SubscriptionFilters { Actors = ["RUSSIA"] }, Measure));
        Assert.False(Passes(new SubscriptionFilters { Actors = ["Russia"] }, Actor));
        Assert.False(Passes(new SubscriptionFilters { Actors = ["China"] }, Measure));
        Assert.False(Passes(new SubscriptionFilters { Actors = ["China"] }, Actor with { Actor = null }));
    }

    [Fact]
    public void A_minimum_status_keeps_what_reaches_it_lifts_and_alerts_without_a_status()
    {
        Assert.True(Passes(new SubscriptionFilters { MinStatus = "announced" }, Measure));
        Assert.False(Passes(new SubscriptionFilters { MinStatus = "enacted" }, Measure));
        Assert.True(Passes(new SubscriptionFilters { MinStatus = "enacted" }, Measure with { Status = "enacted" }));
        Assert.True(Passes(new SubscriptionFilters { MinStatus = "enacted" }, Lift));
        Assert.True(Passes(new SubscriptionFilters { MinStatus = "enacted" }, Actor));
    }

    [Fact]
    public void A_minimum_corroboration_keeps_alerts_told_by_at_least_that_many_outlets()
    {
        Assert.True(Passes(new SubscriptionFilters { MinCorroboration = 2 }, Measure));
        Assert.False(Passes(new SubscriptionFilters { MinCorroboration = 3 }, Measure));
        Assert.False(Passes(new SubscriptionFilters { MinCorroboration = 2 }, Actor));
    }

    [Fact]
    public void Every_filter_set_must_pass()
    {
        var all = new SubscriptionFilters { Kinds = ["new_measure"], MeasureTypes = ["export_ban"], Actors = ["Russia"], MinStatus = "announced", MinCorroboration = 2 };

        Assert.True(Passes(all, Measure));
        Assert.False(Passes(all with { Kinds = ["status_change"] }, Measure));
        Assert.False(Passes(all with { MeasureTypes = ["asset_freeze"] }, Measure));
        Assert.False(Passes(all with { Actors = ["China"] }, Measure));
        Assert.False(Passes(all with { MinStatus = "enacted" }, Measure));
        Assert.False(Passes(all with { MinCorroboration = 3 }, Measure));
    }

    [Fact]
    public void A_null_argument_is_refused_by_name()
    {
        Assert.Equal("filters", Assert.Throws<ArgumentNullException>(() => AlertFilter.Passes(null!, Actor)).ParamName);
        Assert.Equal("alert", Assert.Throws<ArgumentNullException>(() => AlertFilter.Passes(new SubscriptionFilters(), null!)).ParamName);
    }
}

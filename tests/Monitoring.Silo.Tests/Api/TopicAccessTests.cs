using Monitoring.Abstractions;
using Monitoring.Silo.Api;
using Monitoring.Silo.Auth;

namespace Monitoring.Silo.Tests.Api;

/// <summary>Who sees which topic: operators all, subscribers those opened to their key or to everyone.</summary>
public sealed class TopicAccessTests
{
    private static TopicSpec Topic(string id, params string[] openTo) => new() { Id = id, Name = id, OpenTo = openTo };

    private static readonly TopicSpec Closed = Topic("closed");
    private static readonly TopicSpec Mine = Topic("mine", "other", "me");
    private static readonly TopicSpec Public = Topic("public", TopicAccess.Everyone);
    private static readonly TopicSpec Theirs = Topic("theirs", "other", "ME", "me2");

    [Fact]
    public void An_operator_sees_every_topic()
    {
        var op = new Caller("op", IsOperator: true);

        Assert.True(TopicAccess.CanSee(op, Closed));
        Assert.Equal(["closed", "mine", "public", "theirs"], TopicAccess.Visible(op, [Closed, Mine, Public, Theirs]).Select(t => t.Id));
    }

    [Fact]
    public void An_operator_gets_the_directorys_list_itself_not_a_filtered_copy()
    {
        IReadOnlyList<TopicSpec> all = [Closed, Mine, Public, Theirs];

        Assert.Same(all, TopicAccess.Visible(new Caller("op", IsOperator: true), all));
        Assert.NotSame(all, TopicAccess.Visible(new Caller("me", IsOperator: false), all));
    }

    [Fact]
    public void A_subscriber_sees_topics_opened_to_its_key_id_exactly_or_to_everyone()
    {
        var me = new Caller("me", IsOperator: false);

        Assert.False(TopicAccess.CanSee(me, Closed));
        Assert.True(TopicAccess.CanSee(me, Mine));
        Assert.True(TopicAccess.CanSee(me, Public));
        Assert.False(TopicAccess.CanSee(me, Theirs)); // ids compare exactly: not "ME", not a prefix of "me2"
        Assert.Equal(["mine", "public"], TopicAccess.Visible(me, [Closed, Mine, Public, Theirs]).Select(t => t.Id));
        Assert.Empty(TopicAccess.Visible(new Caller("nobody", false), [Closed, Mine, Theirs]));
    }
}

namespace Monitoring.Extraction.Tests;

/// <summary>A state the article names only by its demonym is marked so; one it names once is not.</summary>
public sealed class DemonymOnlyTests
{
    private static Actor Find(string text, string name) => Read.Text(text).Actors.Single(a => a.Name == name);

    [Fact]
    public void A_state_met_only_as_a_demonym_is_marked()
    {
        var text = "Norway froze the assets of Peru's defence minister. Peruvian officials called the move hostile, Chilean diplomats said.";
        Assert.True(Find(text, "Chile").OnlyByDemonym);
        Assert.False(Find(text, "Norway").OnlyByDemonym);
    }

    [Fact]
    public void A_state_named_once_among_its_demonyms_is_not()
    {
        Assert.False(Find("Peruvian officials called it hostile. Norway froze the assets of Peru's defence minister.", "Peru").OnlyByDemonym);
        Assert.False(Find("Officials in Lima called the freeze by Norway hostile. Peruvian diplomats agreed.", "Peru").OnlyByDemonym);
    }

    [Fact]
    public void Only_states_are_marked()
    {
        var found = Read.Text("Norway froze the assets of the Peruvian Agricultural Bank. The Peruvian Agricultural Bank denied wrongdoing.");
        Assert.All(found.Actors.Where(a => a.Kind != ActorKind.Country), a => Assert.False(a.OnlyByDemonym));
        Assert.Contains(found.Actors, a => a.Kind == ActorKind.Organization);
    }
}

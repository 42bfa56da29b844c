namespace Monitoring.Extraction.Tests;

/// <summary>
/// The wording of coordinated listings and of listings reported by several outlets: a state's armed forces or ruling body
/// aimed at, a clause of its own after "hours after", a currency sign that is no state, a list of states carried to the
/// passive sentence after it, dealings and travel barred in other words, and a writer's guess that reports no measure.
/// One rule each, sentences written for it.
/// </summary>
public sealed class Round9LanguageTests
{
    [Theory]
    [InlineData("Canada imposed sanctions on Sudan's military junta on Friday.")]
    [InlineData("Canada imposed sanctions on Sudan's military regime on Friday.")]
    [InlineData("Canada approved sanctions targeting Sudan's military and its business interests.")]
    public void A_states_ruling_body_or_armed_forces_stand_for_the_state(string sentence) =>
        Assert.Contains(Read.Text(sentence).Measures, m => m.Imposer == "Canada" && m.Target == "Sudan");

    [Fact]
    public void Military_ties_stay_a_reason() =>
        Assert.DoesNotContain(Read.Text("Canada imposed sanctions on Eritrea over Sudan's military ties with it.").Measures, m => m.Target == "Sudan");
}

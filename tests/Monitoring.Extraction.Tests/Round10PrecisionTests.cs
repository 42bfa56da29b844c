namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 10: who is aimed at after a fronted "Among …" phrase and a count shared out over places, and states that are
/// helped, quoted or only spoken of, which no measure aims at. One rule each, sentences written for it, with a guard.
/// </summary>
public sealed class Round10PrecisionTests
{
    [Fact]
    public void Firms_listed_after_an_among_phrase_with_its_reason_stand_for_their_states()
    {
        var found = Read.Measures("Norway announced sanctions on Monday. Among the firms sanctioned for helping the Russian navy are three based in Laos, two in Peru, and one each in Chile and Ghana.");
        foreach (var state in new[] { "Laos", "Peru", "Chile", "Ghana" })
        {
            Assert.Contains($"sanctions_general Norway>{state} enacted", found);
        }
    }

    [Fact]
    public void A_reason_clause_without_an_among_phrase_still_ends_the_targets() =>
        Assert.DoesNotContain(Read.Text("Norway sanctioned four firms for helping the navy of Peru, which are based in Chile.").Measures, m => m.Target == "Chile");

    [Fact]
    public void A_state_given_aid_beside_the_sanctions_is_not_aimed_at()
    {
        var found = Read.Measures("Norway imposed sanctions on Russia on Monday. Along with the sanctions, Norway has also pledged to keep providing Moldova with 40 million euros in aid.");
        Assert.Equal(["sanctions_general Norway>Russia enacted"], found);
    }

    [Fact]
    public void A_state_sanctioned_for_giving_another_state_support_is_still_aimed_at() =>
        Assert.Contains("sanctions_general Norway>Iran enacted", Read.Measures("Norway imposed sanctions on Iran for providing Russia with military support."));
}

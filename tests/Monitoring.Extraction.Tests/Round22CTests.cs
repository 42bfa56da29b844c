namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 22C: the story-specific misses of china-xinjiang, switzerland-belarus, us-nicaragua and china-us-defence, read as
/// kinds of reporters' language. Sentences written for the rules (other states, other names), with guards.
/// </summary>
public sealed class Round22CTests
{
    // Counter-listings name the bloc's people: "European diplomats" and "MEPs" are the European Union as a target.

    [Fact]
    public void European_diplomats_listed_are_the_bloc()
    {
        var found = Read.Measures("Peru retaliated at once, blacklisting European diplomats and two research groups.");
        Assert.Equal(["sanctions_general Peru>European Union enacted"], found);
    }

    [Fact]
    public void MEPs_opening_a_listing_are_the_bloc()
    {
        var found = Read.Measures("Peru struck back the same day, blacklisting MEPs, European diplomats and a foundation.");
        Assert.Equal(["sanctions_general Peru>European Union enacted"], found);
    }

    [Fact]
    public void MEPs_alone_are_the_bloc()
    {
        var found = Read.Measures("Peru has sanctioned six MEPs over their criticism of its prisons.");
        Assert.Contains(found, m => m.StartsWith("sanctions_general Peru>European Union", StringComparison.Ordinal));
    }

    [Fact]
    public void Diplomats_with_no_European_are_no_bloc()
    {
        var found = Read.Measures("Peru retaliated at once, blacklisting diplomats and two research groups from Norway.");
        Assert.DoesNotContain(found, m => m.Contains("European Union", StringComparison.Ordinal));
    }

    [Fact]
    public void European_diplomacy_is_no_bloc()
    {
        var found = Read.Measures("Peru imposed sanctions on Norway, a blow to European diplomacy in the region.");
        Assert.DoesNotContain(found, m => m.Contains(">European Union", StringComparison.Ordinal));
    }

    // A member state's threat of general sanctions, where the bloc already sanctions the same state, is the bloc's.

    [Fact]
    public void Member_ministers_threat_beside_the_blocs_measures_is_the_blocs()
    {
        var found = Read.Measures(
            "The EU froze the assets of 40 Peruvian officials last month. Danish Foreign Minister Lars Holm threatened the regime in Lima with new sanctions if the crackdown goes on.");
        Assert.DoesNotContain(found, m => m.StartsWith("sanctions_general Denmark>", StringComparison.Ordinal));
        Assert.Contains("asset_freeze European Union>Peru enacted", found);
    }

    [Fact]
    public void Member_threat_with_no_bloc_measure_stays()
    {
        var found = Read.Measures("Danish Foreign Minister Lars Holm threatened the regime in Lima with new sanctions if the crackdown goes on.");
        Assert.Equal(["sanctions_general Denmark>Peru considered"], found);
    }

    [Fact]
    public void Member_sanctions_enacted_stay_its_own()
    {
        var found = Read.Measures("The EU froze the assets of 40 Peruvian officials last month. Denmark imposed sanctions on Peru.");
        Assert.Equal(["asset_freeze European Union>Peru enacted", "sanctions_general Denmark>Peru enacted"], found);
    }

    [Fact]
    public void Non_member_threat_stays_its_own()
    {
        var found = Read.Measures(
            "The EU froze the assets of 40 Peruvian officials last month. Norwegian Foreign Minister Lars Holm threatened the regime in Lima with new sanctions if the crackdown goes on.");
        Assert.Equal(["asset_freeze European Union>Peru enacted", "sanctions_general Norway>Peru considered"], found);
    }

    // After "the sanctions that the EU imposed on …", "and froze their assets" goes on with the main subject.

    [Fact]
    public void Verb_with_its_own_object_after_a_relative_is_the_main_subjects()
    {
        var found = Read.Measures("Norway adopted the sanctions that the EU imposed on Peru and froze the assets of its officials.");
        Assert.Contains("asset_freeze Norway>Peru enacted", found);
        Assert.DoesNotContain(found, m => m.StartsWith("asset_freeze European Union>", StringComparison.Ordinal));
    }

    [Fact]
    public void Relative_subject_is_no_target_of_the_main_verb()
    {
        var found = Read.Measures("Chile took over the sanctions that Canada imposed on Peru and froze all assets of the junta.");
        Assert.DoesNotContain(found, m => m.Contains(">Canada", StringComparison.Ordinal));
        Assert.Contains(found, m => m.StartsWith("asset_freeze Chile>", StringComparison.Ordinal));
    }

    [Fact]
    public void Verb_sharing_the_relatives_gap_stays_in_it()
    {
        var found = Read.Measures("Norway adopted the sanctions that the EU imposed on Peru and extended last year.");
        Assert.DoesNotContain(found, m => m.StartsWith("asset_freeze", StringComparison.Ordinal));
        Assert.DoesNotContain(found, m => m.Contains("Norway>European Union", StringComparison.Ordinal));
    }
}

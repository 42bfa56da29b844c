namespace Monitoring.Extraction.Tests;

/// <summary>
/// The wording of counter-sanctions and of sanctions on an ally: a state named as the other side of a sale or purchase
/// given as the reason, and a bloc's name that only says what the state after it is. One rule each, sentences written
/// for it.
/// </summary>
public sealed class Round10StoriesTests
{
    [Theory]
    [InlineData("Peru imposed sanctions on two Chilean shipyards over their sales of patrol boats to Ecuador.")]
    [InlineData("Peru imposed sanctions on two Chilean shipyards in response to the latest arms sales to Ecuador.")]
    [InlineData("Peru imposed sanctions on two Chilean shipyards for their involvement in the sale of weapons to Ecuador.")]
    public void A_state_buying_in_a_sale_given_as_the_reason_is_not_aimed_at(string sentence)
    {
        var found = Read.Measures(sentence);
        Assert.Contains("sanctions_general Peru>Chile enacted", found);
        Assert.DoesNotContain(found, m => m.Contains(">Ecuador", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Peru sanctioned Chile's navy over its purchase of a Bolivian radar system.")]
    [InlineData("Peru sanctioned Chile's navy for the purchase of radar systems from Bolivia.")]
    public void A_state_selling_in_a_purchase_given_as_the_reason_is_not_aimed_at(string sentence) =>
        Assert.DoesNotContain(Read.Measures(sentence), m => m.Contains(">Bolivia", StringComparison.Ordinal));

    [Theory]
    [InlineData("Peru imposed a ban on arms sales to Ecuador.")]
    [InlineData("Peru banned the sale of weapons to Ecuador.")]
    public void A_sale_the_measure_stops_still_names_its_target(string sentence) =>
        Assert.Contains("arms_embargo Peru>Ecuador enacted", Read.Measures(sentence));

    [Fact]
    public void A_blocs_name_before_ally_only_says_what_the_state_is()
    {
        var found = Read.Measures("Canada imposed sanctions on its NATO ally Hungary on Friday.");
        Assert.Contains("sanctions_general Canada>Hungary enacted", found);
        Assert.DoesNotContain(found, m => m.Contains(">NATO", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bloc_aimed_at_on_its_own_stays_the_target() =>
        Assert.Contains(Read.Text("Russia imposed sanctions on NATO on Friday.").Measures, m => m.Imposer == "Russia" && m.Target == "NATO");
}

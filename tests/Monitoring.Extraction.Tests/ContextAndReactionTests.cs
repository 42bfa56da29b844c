namespace Monitoring.Extraction.Tests;

/// <summary>
/// Who a measure belongs to when the sentence leaves it to context: states that only react to it, "they"
/// after a group of states, the owner of an "unfriendly" list, and "the North" of Korea reporting.
/// </summary>
public sealed class ContextAndReactionTests
{
    [Fact]
    public void A_state_reacting_to_a_measure_is_not_its_target() =>
        Assert.Equal(
            ["sanctions_general UN Security Council>North Korea enacted"],
            Read.Measures("The UN Security Council imposed sanctions on North Korea. Japan welcomed the new sanctions."));

    [Fact]
    public void They_after_a_group_of_states_is_that_group_not_the_article_imposer() =>
        Assert.Equal(
            ["sanctions_general Canada>Iran enacted"],
            Read.Measures("Canada joined Western countries that have imposed sanctions on Iran. They have also frozen the assets of Iranian banks."));

    [Theory]
    [InlineData("Canada imposed sanctions on Iran. They are already hitting dozens of officials with a freezing of their assets.")]
    [InlineData("Canada joined Western countries that have imposed sanctions on Iran. Canada has also frozen the assets of Iranian banks.")]
    public void They_for_the_measures_or_a_named_imposer_keeps_the_context(string text) =>
        Assert.Equal(["asset_freeze Canada>Iran enacted", "sanctions_general Canada>Iran enacted"], Read.Measures(text));

    [Theory]
    [InlineData("Canada froze Russian assets. Then came Russia's list of unfriendly countries that included Canada.", "asset_freeze Canada>Russia enacted|diplomatic Russia>Canada enacted")]
    [InlineData("Canada was placed on Russia's list of unfriendly states.", "diplomatic Russia>Canada enacted")]
    [InlineData("Russia's list of unfriendly countries includes Canada and Norway.", "diplomatic Russia>Canada enacted|diplomatic Russia>Norway enacted")]
    public void An_unfriendly_list_is_its_owners_measure_on_the_states_listed(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Read.Measures(text));

    [Theory]
    [InlineData("Norway's small neighbour Sweden has frozen assets linked to Russia.", "asset_freeze Sweden>Russia enacted")]
    [InlineData("Norway's prime minister said that Norway's support for Sweden will continue, and the sanctions imposed against Russia will remain.", "sanctions_general Norway>Russia enacted")]
    public void A_state_in_apposition_after_a_possessive_state_is_the_subject(string text, string expected) =>
        Assert.Equal([expected], Read.Measures(text));

    [Fact]
    public void The_owner_of_a_list_is_not_aimed_at() =>
        Assert.Equal(
            ["asset_freeze UN Security Council>North Korea enacted", "sanctions_general UN Security Council>North Korea enacted"],
            Read.Measures("The UN Security Council voted to impose sanctions on North Korea. The resolution adds nine individuals to the UN blacklist, subjecting them to an asset freeze."));

    [Fact]
    public void The_North_is_North_Korea_once_the_article_names_it()
    {
        var findings = Read.Text("The UN Security Council imposed sanctions on North Korea. The North's envoy rejected them.");
        Assert.Contains("North", findings.Actors.Single(a => a.Name == "North Korea").Forms);
    }

    [Theory]
    [InlineData("North Korea fired a missile. Ships crossed the North Atlantic.", "North Korea")]
    [InlineData("Ships from the North reached port.", "")]
    public void The_North_is_a_state_only_alone_and_after_the_state_is_named(string text, string actors) =>
        Assert.Equal(actors.Split('|', StringSplitOptions.RemoveEmptyEntries), Read.ActorNames(Read.Text(text)));
}

namespace Monitoring.Extraction.Tests;

/// <summary>Measures named as coordinated objects of one restricting noun.</summary>
public sealed class CoordinatedObjectsTests
{
    [Fact]
    public void A_second_on_object_dealing_with_a_party_is_a_financial_restriction() =>
        Assert.Equal(["financial_restriction Norway>Russia enacted", "import_ban Norway>Russia enacted"],
            Read.Measures("Norway adopted bans on the import of coal, wood, cement and on all transactions with two Russian banks."));

    [Fact]
    public void A_second_on_object_naming_items_is_not() =>
        Assert.Equal(["sanctions_general Norway>Russia enacted"],
            Read.Measures("Norway imposed sanctions on Russia. The rule will also impose new controls on some machine tools and on transactions for certain computer chips."));
}

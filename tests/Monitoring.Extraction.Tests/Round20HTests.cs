using Monitoring.Extraction.Actors;

namespace Monitoring.Extraction.Tests;

/// <summary>
/// Round 20H: a local outlet's unnamed government is its own country's. "The Government announced sanctions",
/// "Parliament passed a bill", "the Cabinet approved a freeze" in an outlet at home under a country-code suffix
/// (.co.nz, .ch, .co.jp …) are that country's measures, when the sentence and its context name no other imposer.
/// Made-up sentences and hosts, each rule with a guard.
/// </summary>
public sealed class Round20HTests
{
    private static List<string> Measures(string body, string? source, string? url = null) =>
        ArticleReader.Default.Read(new ArticleInput { Body = body, Source = source, Url = url })
            .Measures.Select(m => $"{m.Type} {m.Imposer}>{m.Target} {m.Status}").Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("example.co.nz", "New Zealand")]
    [InlineData("news.example.ch", "Switzerland")]
    [InlineData("www.example.co.jp", "Japan")]
    [InlineData("example.com.au", "Australia")]
    [InlineData("example.ca", "Canada")]
    [InlineData("example.co.uk", "United Kingdom")]
    [InlineData("example.co.kr", "South Korea")]
    public void A_country_code_suffix_names_the_outlet_s_country(string host, string country) =>
        Assert.Equal(country, OutletCountry.Of(host, null));

    [Theory]
    [InlineData("example.com")]
    [InlineData("example.co")]
    [InlineData("example.io")]
    [InlineData("example.tv")]
    [InlineData("example.me")]
    [InlineData("example.org")]
    [InlineData(null)]
    public void A_generic_suffix_names_no_country(string? host) => Assert.Null(OutletCountry.Of(host, null));

    [Fact]
    public void The_url_host_serves_when_no_source_is_given() =>
        Assert.Equal("Ireland", OutletCountry.Of(null, "https://www.example.ie/world/story-1?x=1"));

    [Fact]
    public void A_bare_government_in_a_local_outlet_is_its_country_s()
    {
        var found = Measures("The Government announced travel bans on Belarusian officials on Tuesday.", "example.co.nz");
        Assert.Equal(["travel_ban New Zealand>Belarus announced"], found);
    }

    [Fact]
    public void Parliament_and_the_cabinet_act_for_the_outlet_s_country()
    {
        Assert.Contains(Measures("Parliament passed a bill freezing the assets of Venezuelan officials.", "news.example.ch"),
            m => m.StartsWith("asset_freeze Switzerland>Venezuela", StringComparison.Ordinal));
        Assert.Contains(Measures("The Cabinet approved an asset freeze on Myanmar's generals.", "www.example.co.jp"),
            m => m.StartsWith("asset_freeze Japan>Myanmar", StringComparison.Ordinal));
        Assert.Contains(Measures("The federal government imposed an arms embargo on Nicaragua.", "example.at"),
            m => m.StartsWith("arms_embargo Austria>Nicaragua", StringComparison.Ordinal));
        Assert.Contains(Measures("Ministers agreed to ban imports of Iranian oil.", "example.ie"),
            m => m.StartsWith("import_ban Ireland>Iran", StringComparison.Ordinal));
    }

    [Fact]
    public void The_foreign_ministry_of_a_local_outlet_is_its_country_s()
    {
        var found = Measures("The foreign ministry said it would impose sanctions on Syria.", null, "https://www.example.com.au/news/1");
        Assert.Equal(["sanctions_general Australia>Syria announced"], found);
    }

    [Fact]
    public void A_dot_com_outlet_gives_no_home_government()
    {
        var found = Measures("The Government announced travel bans on Belarusian officials on Tuesday.", "example.com");
        Assert.DoesNotContain(found, m => m.Contains("New Zealand>", StringComparison.Ordinal));
        Assert.Empty(Measures("The Cabinet approved an asset freeze on Myanmar's generals.", "example.co"));
    }

    [Fact]
    public void A_state_the_text_names_wins()
    {
        var found = Measures("Norway's government announced travel bans on Belarusian officials.", "example.co.nz");
        Assert.Equal(["travel_ban Norway>Belarus announced"], found);
        Assert.DoesNotContain(found, m => m.Contains("New Zealand>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_demonym_before_the_government_names_its_state()
    {
        var found = Measures("The Russian government banned imports of Polish apples.", "example.co.nz");
        Assert.Equal(["import_ban Russia>Poland enacted"], found);
        Assert.DoesNotContain(found, m => m.Contains("New Zealand>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_government_of_a_named_state_is_not_the_home_one()
    {
        var found = Measures("The government of Peru said it would freeze the assets of Bolivian officials.", "example.co.nz");
        Assert.DoesNotContain(found, m => m.Contains("New Zealand>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_carried_imposer_stays()
    {
        var found = Measures("Norway imposed sanctions on Belarus on Monday. The government also announced travel bans on Belarusian officials.", "example.co.nz");
        Assert.Equal(["sanctions_general Norway>Belarus enacted", "travel_ban Norway>Belarus announced"], found);
        Assert.DoesNotContain(found, m => m.Contains("New Zealand>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_state_in_the_sentence_blocks_the_home_reading()
    {
        var found = Measures("Following talks with Norway, the government announced travel bans on Belarusian officials.", "example.co.nz");
        Assert.DoesNotContain(found, m => m.Contains("New Zealand>", StringComparison.Ordinal));
    }

    [Fact]
    public void After_the_target_acts_the_bare_government_is_the_home_one()
    {
        var found = Measures("Belarus expelled two diplomats from Estonia. The Government will freeze Belarusian assets.", "example.co.nz");
        Assert.Equal(["asset_freeze New Zealand>Belarus announced", "diplomatic Belarus>Estonia enacted"], found);
    }

    [Fact]
    public void A_government_named_as_an_object_does_not_act()
    {
        var found = Measures("Critics of the government called for sanctions on Belarus.", "example.co.nz");
        Assert.DoesNotContain(found, m => m.Contains("New Zealand>", StringComparison.Ordinal));
    }
}

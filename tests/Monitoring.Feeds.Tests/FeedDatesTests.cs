namespace Monitoring.Feeds.Tests;

/// <summary>
/// Dates as feeds write them. RFC 822 (RSS 2.0) allows the zone names UT, GMT, EST/EDT, CST/CDT,
/// MST/MDT and PST/PDT and two-digit years; seconds are optional. The instant and the publisher's
/// offset must both survive.
/// </summary>
public sealed class FeedDatesTests
{
    private static void AssertDate(string text, int year, int month, int day, int hour, int minute, int second, int offsetHours)
    {
        var parsed = FeedDates.Parse(text);
        Assert.NotNull(parsed);
        var expected = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(offsetHours));
        Assert.Equal(expected, parsed.Value);
        Assert.Equal(expected.Offset, parsed.Value.Offset);
    }

    [Theory]
    [InlineData("Mon, 08 Jan 2024 10:00:00 EST", 1, 8, -5)]
    [InlineData("Mon, 08 Jul 2024 10:00:00 EDT", 7, 8, -4)]
    [InlineData("Mon, 08 Jan 2024 10:00:00 CST", 1, 8, -6)]
    [InlineData("Mon, 08 Jul 2024 10:00:00 CDT", 7, 8, -5)]
    [InlineData("Mon, 08 Jan 2024 10:00:00 MST", 1, 8, -7)]
    [InlineData("Mon, 08 Jul 2024 10:00:00 MDT", 7, 8, -6)]
    [InlineData("Mon, 08 Jan 2024 10:00:00 PST", 1, 8, -8)]
    [InlineData("Mon, 08 Jul 2024 10:00:00 PDT", 7, 8, -7)]
    public void Rfc822_north_american_zone_names_keep_their_offset(string text, int month, int day, int offsetHours) =>
        AssertDate(text, 2024, month, day, 10, 0, 0, offsetHours);

    [Theory]
    [InlineData("Mon, 08 Jan 2024 10:00:00 est", -5)]
    [InlineData("Mon, 08 Jan 2024 10:00:00 Pst", -8)]
    public void Zone_names_are_read_in_any_case(string text, int offsetHours) => AssertDate(text, 2024, 1, 8, 10, 0, 0, offsetHours);

    [Theory]
    [InlineData("Mon, 08 Jan 2024 10:00 UT")]
    [InlineData("8 Jan 2024 10:00 UT")]
    [InlineData("Mon, 08 Jan 24 10:00:00 UTC")]
    [InlineData("8 Jan 24 10:00:00 UTC")]
    public void Universal_time_names_without_seconds_or_with_two_digit_years(string text) => AssertDate(text, 2024, 1, 8, 10, 0, 0, 0);

    [Theory]
    [InlineData("Mon, 08 Jan 2024 10:00:00 PST", 10, 0)]
    [InlineData("8 Jan 2024 10:00:00 PST", 10, 0)]
    [InlineData("Mon, 08 Jan 2024 10:30 PST", 10, 30)]
    [InlineData("8 Jan 2024 10:30 PST", 10, 30)]
    [InlineData("Mon, 08 Jan 24 10:00:00 PST", 10, 0)]
    [InlineData("8 Jan 24 10:00:00 PST", 10, 0)]
    public void Every_rfc822_layout_with_a_zone_name_is_read(string text, int hour, int minute) => AssertDate(text, 2024, 1, 8, hour, minute, 0, -8);

    [Theory]
    [InlineData("Mon,08 Jan 2024 10:00:00 EST")]
    [InlineData("Mon,  08   Jan 2024\t10:00:00 \n EST")]
    [InlineData("  Mon, 08 Jan 2024 10:00:00 EST  ")]
    public void Sloppy_spacing_is_forgiven(string text) => AssertDate(text, 2024, 1, 8, 10, 0, 0, -5);

    [Theory]
    [InlineData("Mon, 08 Jan 2024 10:00:00 +0200", 2)]
    [InlineData("Mon, 08 Jan 2024 10:00:00 -0930", -9.5)]
    [InlineData("2024-01-08T10:00:00+05:30", 5.5)]
    [InlineData("2024-01-08T10:00:00Z", 0)]
    [InlineData("2024-01-08T10:00:00.000-08:00", -8)]
    [InlineData("Mon, 08 Jan 2024 10:00:00 GMT", 0)]
    public void Numeric_offsets_and_rfc3339_keep_the_offset(string text, double offsetHours)
    {
        var parsed = FeedDates.Parse(text);
        Assert.NotNull(parsed);
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 10, 0, 0, TimeSpan.FromHours(offsetHours)), parsed.Value);
        Assert.Equal(TimeSpan.FromHours(offsetHours), parsed.Value.Offset);
    }

    [Theory]
    [InlineData("2024-01-08T10:00:00")]
    [InlineData("2024-01-08 10:00:00")]
    [InlineData("Mon, 08 Jan 2024 10:00:00")]
    public void A_date_without_zone_is_universal_time(string text) => AssertDate(text, 2024, 1, 8, 10, 0, 0, 0);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("Mon, 08 Jan 2024 10:00:00 XYZ")]
    [InlineData("Mon, 32 Jan 2024 10:00:00 EST")]
    [InlineData("Tue, 08 Jan 2024 10:00:00 EST")]
    public void Text_that_is_not_a_date_is_null(string? text) => Assert.Null(FeedDates.Parse(text));
}

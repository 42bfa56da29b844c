using Monitoring.Extraction.Events;

namespace Monitoring.Extraction.Tests;

public sealed class EventTests
{
    private static readonly DateTimeOffset Noon = new(2024, 11, 16, 12, 0, 0, TimeSpan.Zero);

    private static EventSignature Report(string text, DateTimeOffset at)
    {
        var f = Read.Text(text);
        return new EventSignature(at, f.Fingerprint, f.Measures.Select(m => $"{m.Type}|{m.Imposer}|{m.Target}").ToList(),
            f.Actors.Where(a => a.Kind != ActorKind.Media).Select(a => a.Name).ToList());
    }

    [Fact]
    public void Two_outlets_telling_one_happening_in_their_own_words_are_one_event()
    {
        var a = Report("Japan froze the assets of 25 Russian individuals on Friday, Foreign Minister Kaja Mirren said.", Noon);
        var b = Report("Tokyo has frozen assets belonging to two dozen Russians, the Japanese government announced; Moscow called it hostile.", Noon.AddHours(5));
        Assert.True(SameEvent.Matches(a, b));
    }

    [Fact]
    public void A_syndicated_copy_is_one_event_and_a_different_story_or_a_later_week_is_not()
    {
        const string Text = "Japan froze the assets of 25 Russian individuals on Friday and banned exports to 81 Russian organizations, stepping up pressure on Moscow over the war.";
        var a = Report(Text, Noon);
        Assert.True(SameEvent.Matches(a, Report("By Jane Doerr\n" + Text + "\nYou may also like", Noon.AddHours(1))));
        Assert.False(SameEvent.Matches(a, Report(Text, Noon.AddDays(7))));
        Assert.False(SameEvent.Matches(a, Report("Canada banned imports of Belarusian potash on Monday, the finance minister said.", Noon.AddHours(2))));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Monitoring.Silo.Tests.Infrastructure;
using Monitoring.Storage;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// A topic journals each applied article and checkpoints its story now and then: a silo that dies
/// between checkpoints comes back with the whole story, so nothing is alerted twice.
/// </summary>
public sealed class TopicJournalTests
{
    private static Dictionary<string, string?> Checkpoints(int every) => new(RunningSilo.ManualPolling)
    {
        ["Topics:CheckpointEvery"] = every.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Topics:CheckpointInterval"] = "01:00:00",
    };

    [Fact]
    public async Task A_silo_that_died_before_a_checkpoint_rebuilds_the_story_from_the_journal()
    {
        var data = NewFolder();
        var crashed = NewFolder();
        long last;
        await using (var silo = await RunningSilo.StartAsync(data, Checkpoints(1000)))
        {
            await AlertMaker.DefineTopicAsync(silo, "journal");
            var raised = new List<long>();
            foreach (var tag in new[] { "a", "b", "c" })
            {
                raised.AddRange((await AlertMaker.RaiseAsync(silo, "journal", 2, tag)).Select(a => a.Sequence));
            }
            last = raised.Max();
            var journal = await silo.Services.GetRequiredService<ITopicStore>().ReadJournalAsync("journal", 0, 100);
            Assert.Equal(3, journal.Count);
            // The files as a crash would leave them: every write committed, no checkpoint, no deactivation.
            // Not the lock file: the running silo holds it, and a crash would have released it.
            foreach (var file in Directory.GetFiles(data).Where(f => Path.GetFileName(f) != "monitoring.lock"))
            {
                File.Copy(file, Path.Combine(crashed, Path.GetFileName(file)));
            }
        }

        await using var restarted = await RunningSilo.StartAsync(crashed, Checkpoints(1000));
        var story = (await restarted.GetJsonAsync("/api/topics/journal/story")).GetRawText();
        foreach (var tag in new[] { "a", "b", "c" })
        {
            Assert.Contains($"Person {tag} 1", story, StringComparison.Ordinal);
        }
        Assert.Empty(await AlertMaker.RaiseAsync(restarted, "journal", 2, "b")); // the same article again
        var next = Assert.Single(await AlertMaker.RaiseAsync(restarted, "journal", 1, "d"));
        Assert.Equal(last + 1, next.Sequence);
    }

    [Fact]
    public async Task A_checkpoint_trims_the_journal_and_the_story_survives_a_restart()
    {
        var data = NewFolder();
        await using (var silo = await RunningSilo.StartAsync(data, Checkpoints(2)))
        {
            await AlertMaker.DefineTopicAsync(silo, "trimmed");
            foreach (var tag in new[] { "a", "b", "c", "d", "e" })
            {
                await AlertMaker.RaiseAsync(silo, "trimmed", 1, tag);
            }
            var journal = await silo.Services.GetRequiredService<ITopicStore>().ReadJournalAsync("trimmed", 0, 100);
            Assert.Single(journal); // articles 1–4 are in checkpoints, the fifth waits for the next one
        }

        await using var restarted = await RunningSilo.StartAsync(data, Checkpoints(2));
        foreach (var tag in new[] { "a", "e" })
        {
            Assert.Empty(await AlertMaker.RaiseAsync(restarted, "trimmed", 1, tag));
        }
        Assert.Empty(await restarted.Services.GetRequiredService<ITopicStore>().ReadJournalAsync("trimmed", 0, 100));
    }

    [Fact]
    public async Task Deleting_a_topic_drops_its_journal()
    {
        await using var silo = await RunningSilo.StartAsync(settings: Checkpoints(1000));
        await AlertMaker.DefineTopicAsync(silo, "gone");
        await AlertMaker.RaiseAsync(silo, "gone", 1, "a");
        using var response = await silo.Client.DeleteAsync("/api/topics/gone");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(await silo.Services.GetRequiredService<ITopicStore>().ReadJournalAsync("gone", 0, 100));
    }

    private static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(path);
        return path;
    }
}

using System.Text.Json;
using Monitoring.Cli;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Delivery;

public sealed class CliDeliveryTests
{
    /// <summary>A writer that counts the lines written to it.</summary>
    private sealed class LineCounter : StringWriter
    {
        private int _lines;

        public int Lines => Volatile.Read(ref _lines);

        public override Task WriteLineAsync(string? value)
        {
            Interlocked.Increment(ref _lines);
            return base.WriteLineAsync(value);
        }
    }

    [Fact]
    public async Task A_subscriber_key_made_by_the_cli_subscribes_and_listens()
    {
        await using var silo = await RunningSilo.StartAsync(settings: DeliverySettings.Fast());
        await AlertMaker.DefineTopicAsync(silo, "cli-live");
        using var cli = CliTarget.At(silo);
        using (var made = new StringWriter())
        {
            Assert.Equal(0, await CommandLine.RunAsync(["keys", "add", "cli", "subscriber", "--json"], made, TextWriter.Null));
            cli.UseKey(JsonDocument.Parse(made.ToString()).RootElement.GetProperty("key").GetString());
        }
        using (var added = new StringWriter())
        {
            Assert.Equal(0, await CommandLine.RunAsync(["subscriptions", "add", "cli-live", "--stream", "--kinds", "new_actor", "--json"], added, TextWriter.Null));
            Assert.Equal("stream", JsonDocument.Parse(added.ToString()).RootElement.GetProperty("channel").GetProperty("type").GetString());
        }
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.Failed, await CommandLine.RunAsync(["topics", "remove", "cli-live"], TextWriter.Null, error));
        Assert.Contains("403", error.ToString());

        using var lines = new LineCounter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var listening = CommandLine.RunAsync(["listen", "cli-live", "--json"], lines, TextWriter.Null, stop.Token);
        await AlertMaker.RaiseAsync(silo, "cli-live", 2, "cli");
        Assert.True(await WebhookReceiver.WaitAsync(() => lines.Lines >= 3, TimeSpan.FromSeconds(15)));
        await stop.CancelAsync();
        Assert.Equal(0, await listening);
        var events = lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.GetProperty("sequence").GetInt64()));
    }
}

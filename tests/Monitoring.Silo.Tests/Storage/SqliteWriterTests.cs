using System.Collections.Concurrent;
using Monitoring.Storage.Sqlite;

namespace Monitoring.Silo.Tests.Storage;

/// <summary>The embedded store's one writer under a backlog: what a request waits on, and how long a batch runs.</summary>
public sealed class SqliteWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "monitoring-writer-" + Guid.NewGuid().ToString("n"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A background write of about <paramref name="ms"/> ms that notes when it ran.</summary>
    private static Func<Microsoft.Data.Sqlite.SqliteConnection, Task<bool>> Slow(ConcurrentQueue<string> ran, string name, int ms) => _ =>
    {
        Thread.Sleep(ms);
        ran.Enqueue(name);
        return Task.FromResult(true);
    };

    [Fact]
    public async Task A_write_a_request_waits_on_overtakes_a_backlog_of_background_writes()
    {
        await using (var db = SqliteDatabase.Open(_folder))
        {
            var ran = new ConcurrentQueue<string>();
            // Two seconds of background work queued before it.
            var backlog = Enumerable.Range(0, 200).Select(i => db.WriteAsync(Slow(ran, $"poll {i}", 10))).ToList();
            await db.WriteFirstAsync(Slow(ran, "registration", 0));

            var position = ran.ToList().IndexOf("registration");
            Assert.InRange(position, 0, 20);
            await Task.WhenAll(backlog);
            Assert.Equal(201, ran.Count);
        }
    }

    [Fact]
    public async Task A_batch_commits_once_it_has_done_its_share_of_work_not_after_the_whole_backlog()
    {
        await using (var db = SqliteDatabase.Open(_folder))
        {
            var ran = new ConcurrentQueue<string>();
            var backlog = Enumerable.Range(0, 300).Select(i => db.WriteAsync(Slow(ran, $"poll {i}", 10))).ToList();

            // The first write is done (committed) while most of the backlog has not run: its batch held about
            // SqliteDatabase.MaxBatchWork of work, where one batch of everything queued would hold three seconds.
            await backlog[0];
            var ranWhenFirstWasDone = ran.Count;
            Assert.InRange(ranWhenFirstWasDone, 1, 150);
            await Task.WhenAll(backlog);
            Assert.Equal(300, ran.Count);
        }
    }
}

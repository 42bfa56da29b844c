using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Cli;
using Monitoring.Silo.Tests.Cli;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Bulk;

/// <summary><c>POST /api/sources/poll</c> polls every source, or a filtered set, now, and shows its progress.</summary>
public sealed class PollAllTests : ManualSiloTest
{
    [Fact]
    public async Task Poll_all_polls_every_source_once_and_reports_progress_to_completion()
    {
        var paths = Enumerable.Range(0, 25).Select(i => $"/feed{i}.xml").ToList();
        foreach (var path in paths)
        {
            var name = path.Trim('/');
            Feeds.MapFeed(path, () => RssBuilder.Feed(name, RssBuilder.Items(name, 2, Feeds.BaseUrl.ToString())));
        }
        Feeds.Map("/broken.xml", context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        var ids = await RegisterAsync(paths.Append("/broken.xml").Select(p => Feeds.Url(p)));

        using var response = await Silo.Client.PostAsync("/api/sources/poll", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(26, started.GetProperty("total").GetInt32());
        Assert.Equal($"/api/sources/poll/{started.GetProperty("id").GetString()}", response.Headers.Location!.ToString());
        var done = await WaitDoneAsync(response.Headers.Location!.ToString());
        Assert.Equal(26, done.GetProperty("polled").GetInt32());
        Assert.Equal(1, done.GetProperty("failed").GetInt32());
        Assert.Equal(ids[^1], done.GetProperty("failures")[0].GetProperty("sourceId").GetString());
        Assert.All(paths.Append("/broken.xml"), p => Assert.Equal(1, Feeds.CountRequests(p)));
        Assert.Equal(25 * 2, (await Silo.ArticlesAsync()).GetArrayLength());
    }

    [Fact]
    public async Task A_filtered_poll_polls_only_the_sources_of_that_state_host_or_ids()
    {
        foreach (var i in Enumerable.Range(0, 4))
        {
            Feeds.MapFeed($"/ok{i}.xml", () => RssBuilder.Feed("ok", RssBuilder.Items($"ok{i}", 1, Feeds.BaseUrl.ToString())));
        }
        foreach (var i in Enumerable.Range(0, 3))
        {
            Feeds.Map($"/bad{i}.xml", context =>
            {
                context.Response.StatusCode = 503;
                return Task.CompletedTask;
            });
        }
        var ok = Enumerable.Range(0, 4).Select(i => Feeds.Url($"/ok{i}.xml")).ToList();
        var bad = Enumerable.Range(0, 3).Select(i => Feeds.Url($"/bad{i}.xml")).ToList();
        // The same server under another name: a host filter tells them apart.
        var byName = new Uri($"http://localhost:{Feeds.BaseUrl.Port}/ok0.xml?by=name");
        var ids = await RegisterAsync([.. ok, .. bad, byName]);
        await WaitDoneAsync(await StartAsync("/api/sources/poll", null));
        var before = Feeds.Requests.Count;

        await WaitDoneAsync(await StartAsync("/api/sources/poll?state=failing", null));
        Assert.Equal(before + 3, Feeds.Requests.Count);
        Assert.All(bad, u => Assert.Equal(2, Feeds.CountRequests(u.AbsolutePath)));
        Assert.All(ok.Skip(1), u => Assert.Equal(1, Feeds.CountRequests(u.AbsolutePath)));

        var byHost = await WaitDoneAsync(await StartAsync("/api/sources/poll", new { host = "localhost" }));
        Assert.Equal(1, byHost.GetProperty("total").GetInt32());
        Assert.Equal(before + 4, Feeds.Requests.Count);

        var byIds = await WaitDoneAsync(await StartAsync("/api/sources/poll", new { ids = new[] { ids[1], ids[2] } }));
        Assert.Equal(2, byIds.GetProperty("total").GetInt32());
        Assert.Equal(2, Feeds.CountRequests("/ok1.xml"));
        Assert.Equal(2, Feeds.CountRequests("/ok2.xml"));
        Assert.Equal(1, Feeds.CountRequests("/ok3.xml"));

        using var wrong = await Silo.Client.PostAsync("/api/sources/poll?state=sleeping", null);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("failing", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_cli_polls_all_and_exits_1_when_a_poll_failed()
    {
        Feeds.MapFeed("/one.xml", () => RssBuilder.Feed("one", RssBuilder.Items("one", 1, Feeds.BaseUrl.ToString())));
        await RegisterAsync([Feeds.Url("/one.xml")]);
        using var cli = CliTarget.At(Silo);
        var (code, output, _) = await CliHelpTests.RunAsync(["sources", "poll", "--all"]);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("polled 1 of 1, failed 0", output);

        await RegisterAsync([Feeds.Url("/gone.xml")]);
        var (failedCode, failedOutput, _) = await CliHelpTests.RunAsync(["sources", "poll", "--all"]);
        Assert.Equal(ExitCodes.Failed, failedCode);
        Assert.Contains("failed 1", failedOutput);
        Assert.Contains("404", failedOutput);
    }

    private async Task<List<string>> RegisterAsync(IEnumerable<Uri> urls)
    {
        var result = await Silo.PostJsonAsync("/api/sources?validate=false", urls.Select(u => new { url = u.ToString() }).ToArray());
        return result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    private async Task<string> StartAsync(string path, object? body)
    {
        using var response = body is null ? await Silo.Client.PostAsync(path, null) : await Silo.Client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return response.Headers.Location!.ToString();
    }

    private async Task<JsonElement> WaitDoneAsync(string location)
    {
        var last = default(JsonElement);
        await RunningSilo.EventuallyAsync(async () =>
        {
            last = await Silo.GetJsonAsync(location);
            return last.GetProperty("status").GetString() != "running";
        }, TimeSpan.FromSeconds(60), $"poll operation {location} to finish");
        Assert.Equal("done", last.GetProperty("status").GetString());
        Assert.Equal(last.GetProperty("total").GetInt32(), last.GetProperty("polled").GetInt32());
        return last;
    }
}

using System.Text.Json;
using Monitoring.Cli;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Cli;

/// <summary><c>topics add ... --backfill-days N --alert-backfill</c> reach the silo as the request's backfill.</summary>
public sealed class CliBackfillTests : CliSiloTest
{
    private static async Task<JsonElement> AddAsync(params string[] args)
    {
        var (code, output, error) = await CliHelpTests.RunAsync(["topics", "add", .. args, "--json"]);
        Assert.True(code == ExitCodes.Ok, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [Fact]
    public async Task Backfill_days_and_alert_are_sent_and_the_default_window_applies_otherwise()
    {
        var asked = await AddAsync("asked", "Asked", "--all", "Japan", "--backfill-days", "7", "--alert-backfill");
        var backfill = asked.GetProperty("backfill");
        Assert.True(backfill.GetProperty("alert").GetBoolean());
        Assert.InRange(backfill.GetProperty("since").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddDays(-7).AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(-7).AddMinutes(5));

        var byDefault = (await AddAsync("default", "Default", "--all", "Japan")).GetProperty("backfill");
        Assert.False(byDefault.GetProperty("alert").GetBoolean());
        Assert.InRange(byDefault.GetProperty("since").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddDays(-30).AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(-30).AddMinutes(5));

        Assert.Equal(JsonValueKind.Null, (await AddAsync("none", "None", "--all", "Japan", "--backfill-days", "0")).GetProperty("backfill").ValueKind);
        var (code, _, _) = await CliHelpTests.RunAsync(["topics", "add", "bad", "Bad", "--all", "Japan", "--backfill-days", "many"]);
        Assert.NotEqual(ExitCodes.Ok, code);
    }
}

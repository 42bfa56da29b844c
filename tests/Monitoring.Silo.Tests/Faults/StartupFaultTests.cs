using System.Globalization;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Faults;

/// <summary>
/// Storage that cannot be used stops the start at once with exit code 2 and a message naming the
/// file and the cause, rather than a silo that hangs, ignores SIGTERM or starts empty.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StartupFaultTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "monitoring-tests", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private Dictionary<string, string> Settings(string? data = null) => new()
    {
        ["Storage:Path"] = data ?? _data,
        ["Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
        ["Cluster:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
        ["Auth:BootstrapOperatorKey"] = RunningSilo.OperatorKey,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static async Task<(int Code, string Output)> RunToExitAsync(Dictionary<string, string> settings)
    {
        await using var silo = SiloProcess.Start(FreePort.Next(), settings);
        var code = await silo.WaitForExitAsync(TimeSpan.FromSeconds(30));
        return (code, silo.Output);
    }

    /// <summary>Makes a database the way a silo does, with a source in it, and stops that silo.</summary>
    private async Task MakeDatabaseAsync()
    {
        await using var silo = await RunningSilo.StartAsync(_data, RunningSilo.ManualPolling);
        await silo.AddSourceAsync(new Uri("https://example.org/feed.xml"), validate: false);
    }

    [Fact]
    public async Task A_second_silo_on_the_same_folder_exits_2_naming_the_folder_and_the_holder()
    {
        await using var first = SiloProcess.Start(FreePort.Next(), Settings());
        await first.WaitReadyAsync(TimeSpan.FromSeconds(60));

        var (code, output) = await RunToExitAsync(Settings());

        Assert.Equal(2, code);
        Assert.Contains(Path.GetFullPath(_data), output, StringComparison.Ordinal);
        Assert.Contains("in use by another process", output, StringComparison.Ordinal);
        Assert.Matches("pid [0-9]+", output);
        Assert.False(first.HasExited);
    }

    [Fact]
    public async Task A_second_silo_on_the_same_orleans_ports_exits_2_naming_the_port()
    {
        var settings = Settings();
        await using var first = SiloProcess.Start(FreePort.Next(), settings);
        await first.WaitReadyAsync(TimeSpan.FromSeconds(60));

        var other = Settings(Path.Combine(_data, "other"));
        other["Cluster:SiloPort"] = settings["Cluster:SiloPort"];
        var (code, output) = await RunToExitAsync(other);

        Assert.Equal(2, code);
        Assert.Contains($"Cluster:SiloPort: port {settings["Cluster:SiloPort"]} is already in use", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zero_byte_database_that_is_not_new_stops_the_start()
    {
        Directory.CreateDirectory(_data);
        await File.WriteAllBytesAsync(Path.Combine(_data, "monitoring.db"), []);

        var (code, output) = await RunToExitAsync(Settings());

        Assert.Equal(2, code);
        Assert.Contains(Path.Combine(Path.GetFullPath(_data), "monitoring.db"), output, StringComparison.Ordinal);
        Assert.Contains("is empty (0 bytes)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_database_stops_the_start()
    {
        await MakeDatabaseAsync();
        var file = Path.Combine(_data, "monitoring.db");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Checkpointed by the clean stop; cut to half its pages.
        var length = new FileInfo(file).Length;
        Assert.True(length >= 8192, $"the database is {length} bytes");
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(length / 2);
        }

        var (code, output) = await RunToExitAsync(Settings());

        Assert.Equal(2, code);
        Assert.Contains(file, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_the_start()
    {
        Directory.CreateDirectory(_data);
        await File.WriteAllTextAsync(Path.Combine(_data, "monitoring.db"), new string('x', 10_000));

        var (code, output) = await RunToExitAsync(Settings());

        Assert.Equal(2, code);
        Assert.Contains("file is not a database", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_data_folder_stops_the_start_and_sigterm_is_honoured_before_that()
    {
        await MakeDatabaseAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var full = Path.GetFullPath(_data);
        Dictionary<string, string> settings = Settings();
        int code;
        string output;
        if (Environment.UserName == "root")
        {
            // Permissions do not stop root: the folder is mounted read-only in a mount namespace of the silo's own.
            await using var silo = SiloProcess.Start(FreePort.Next(), settings,
                ["unshare", "-m", "sh", "-c", $"mount --bind -o ro '{full}' '{full}' && mount -o remount,bind,ro '{full}' && exec \"$0\" \"$@\""]);
            code = await silo.WaitForExitAsync(TimeSpan.FromSeconds(30));
            output = silo.Output;
        }
        else
        {
            File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            try
            {
                (code, output) = await RunToExitAsync(settings);
            }
            finally
            {
                File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Assert.Equal(2, code);
        Assert.Contains(full, output, StringComparison.Ordinal);
        Assert.Contains("cannot write", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_silo_stops_on_sigterm()
    {
        await using var silo = SiloProcess.Start(FreePort.Next(), Settings());
        await silo.WaitReadyAsync(TimeSpan.FromSeconds(60));

        Assert.True(await silo.TerminateAsync(TimeSpan.FromSeconds(30)), silo.Output);
        Assert.Equal(0, silo.ExitCode);
    }

    [Fact]
    public async Task Data_files_are_readable_by_the_silo_user_alone()
    {
        await MakeDatabaseAsync();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_data));
        foreach (var file in Directory.GetFiles(_data))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }
}

using System.Diagnostics;
using Npgsql;

namespace Monitoring.Silo.Tests.Infrastructure;

/// <summary>
/// A private PostgreSQL for the tests: initdb into a temporary folder, started on a free loopback port,
/// stopped and deleted at the end. PostgreSQL refuses to run as root, so as root the server runs as the
/// <c>postgres</c> user. It never skips: no PostgreSQL means every test that needs it fails, saying why.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Superuser = "postgres";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "monitoring-pg-" + Guid.NewGuid().ToString("n"));
    private string _bin = "";
    private int _databases;

    public int Port { get; private set; }

    /// <summary>A <c>Storage:SecretKey</c> for silos on this server: required with PostgreSQL, the same for every silo of a test.</summary>
    public static string SecretKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private string DataFolder => Path.Combine(_folder, "data");

    public async Task InitializeAsync()
    {
        _bin = FindBinaries();
        Directory.CreateDirectory(_folder);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["postgres:postgres", _folder], asPostgres: false);
        }
        Port = FreePort.Next();
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", DataFolder, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
        await StartAsync();
    }

    /// <summary>Starts the server (again) on its port, with its data as it was left.</summary>
    public async Task StartAsync()
    {
        // fsync off: the tests' data is thrown away, and durability costs seconds on a shared disk.
        var options = $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-o", options, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start"]);
    }

    /// <summary>Stops the server as an operator's restart does: open connections are cut, committed data stays.</summary>
    public Task StopAsync() => RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "fast", "-w", "-t", "60", "stop"]);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            // A test that stopped the server and failed before starting it again leaves nothing to stop.
            if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
            {
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
            }
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A connection string to the administrative database.</summary>
    public string AdminConnectionString => Connection("postgres");

    /// <summary>Makes a new, empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():n}"[..30];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return Connection(name);
    }

    private string Connection(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database, Pooling = true }.ToString();

    /// <summary>The server programs of the newest installed PostgreSQL (Debian keeps them off the PATH).</summary>
    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var found = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Bin: Path.Combine(d, "bin")))
                .Where(x => File.Exists(Path.Combine(x.Bin, "pg_ctl")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Bin)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no " + root + "/*/bin/pg_ctl); ./test.sh installs Debian's 'postgresql' package");
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres = true)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            start.FileName = "runuser";
            foreach (var a in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = program;
        }
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class UsesPostgres : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Monitoring.Bench.Api;

/// <summary>
/// The PostgreSQL server a scale-out run uses: a throwaway one (initdb into a temporary folder, a free loopback
/// port, deleted at the end; run as the <c>postgres</c> user when the bench runs as root, as PostgreSQL demands),
/// or one given by connection string. Each run gets a fresh database on it, dropped at the end.
/// </summary>
internal sealed class BenchPostgres : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _bin;
    private readonly string _admin;
    private readonly List<string> _databases = [];

    private BenchPostgres(string admin, string? folder, string? bin)
    {
        _admin = admin;
        _folder = folder;
        _bin = bin;
    }

    /// <summary>What the run's figures depend on: the server's version and its durability settings.</summary>
    public string Description { get; private set; } = "";

    public static async Task<BenchPostgres> StartAsync(string? connectionString)
    {
        BenchPostgres server;
        if (connectionString is not null)
        {
            server = new BenchPostgres(connectionString, null, null);
        }
        else
        {
            var bin = FindBinaries();
            var folder = Path.Combine(Path.GetTempPath(), "monitoring-bench-pg-" + Guid.NewGuid().ToString("n"));
            Directory.CreateDirectory(folder);
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chown", ["postgres:postgres", folder], asPostgres: false);
            }
            var port = FreePort();
            var data = Path.Combine(folder, "data");
            await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-instructions"]);
            // PostgreSQL's own defaults (durable commits), enough connections for four silos' pools.
            await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=250",
                "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start"]);
            var admin = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres" }.ToString();
            server = new BenchPostgres(admin, folder, bin);
        }
        await using var connection = new NpgsqlConnection(server._admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('server_version') || ', fsync ' || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit')", connection);
        server.Description = $"PostgreSQL {await command.ExecuteScalarAsync()}{(server._folder is null ? "" : " (throwaway server on loopback)")}";
        return server;
    }

    /// <summary>A new empty database; its connection string with each silo's pool bounded to <paramref name="poolSize"/>.</summary>
    public async Task<string> CreateDatabaseAsync(int poolSize)
    {
        var name = "bench_scale_" + Guid.NewGuid().ToString("n")[..12];
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(_admin) { Database = name, MaxPoolSize = poolSize }.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is null)
        {
            await using var connection = new NpgsqlConnection(_admin);
            await connection.OpenAsync();
            foreach (var name in _databases)
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            }
            return;
        }
        try
        {
            await RunAsync(Path.Combine(_bin!, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The newest installed server's programs (Debian keeps them off the PATH).</summary>
    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var found = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Bin: Path.Combine(d, "bin")))
                .Where(x => File.Exists(Path.Combine(x.Bin, "pg_ctl")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Bin)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"no PostgreSQL server under {root} (apt-get install postgresql), or pass --pg CONNECTION_STRING");
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres = true)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true };
        IEnumerable<string> all = arguments;
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            start.FileName = "runuser";
            all = ["-u", "postgres", "--", program, .. arguments];
        }
        else
        {
            start.FileName = program;
        }
        foreach (var a in all)
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

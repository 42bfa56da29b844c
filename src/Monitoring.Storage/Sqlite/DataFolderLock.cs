namespace Monitoring.Storage.Sqlite;

/// <summary>
/// The embedded data folder belongs to one process: two silos writing one database would each
/// keep grain state the other overwrites. An exclusive lock on a file in the folder, held for
/// the life of the process; the operating system releases it when the process dies however.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    public const string FileName = "monitoring.lock";

    /// <summary>Who holds the lock, beside it: the lock keeps others from reading the locked file itself.</summary>
    public const string HolderFileName = "monitoring.lock.holder";

    private readonly FileStream _stream;

    private DataFolderLock(FileStream stream) => _stream = stream;

    public static DataFolderLock Acquire(string folder)
    {
        var path = Path.Combine(folder, FileName);
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive, non-blocking lock on the open file (flock on Unix).
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new StorageStartException(
                $"the data folder {Path.GetFullPath(folder)} is in use by another process ({Holder(path)}); "
                + "stop it, or give this silo its own Storage:Path", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageStartException($"cannot write to the data folder {Path.GetFullPath(folder)}: {e.Message}", e);
        }
        try
        {
            // Also proves the folder writable: the lock file may be writable in a folder that is not, and
            // SQLite needs to make its journal files there.
            File.WriteAllText(Path.Combine(folder, HolderFileName),
                $"pid {Environment.ProcessId} on {Environment.MachineName} since {DateTimeOffset.UtcNow:O}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw new StorageStartException($"cannot write to the data folder {Path.GetFullPath(folder)}: {e.Message}", e);
        }
        return new DataFolderLock(stream);
    }

    /// <summary>
    /// A lock held elsewhere: EWOULDBLOCK from flock on Unix (which .NET passes on as the HResult),
    /// ERROR_SHARING_VIOLATION on Windows.
    /// </summary>
    private static bool IsHeldElsewhere(IOException e) => OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) == 32 : e.HResult == 11;

    /// <summary>Who holds the lock, as the holder wrote it.</summary>
    private static string Holder(string lockPath)
    {
        try
        {
            var holder = File.ReadAllText(Path.Combine(Path.GetDirectoryName(lockPath)!, HolderFileName)).Trim();
            return holder.Length > 0 ? "held by " + holder : "holder unknown";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "holder unknown";
        }
    }

    public void Dispose() => _stream.Dispose();
}

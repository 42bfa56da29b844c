namespace Monitoring.Storage.Sqlite;

/// <summary>The data folder holds key hashes and webhook secrets: readable by the silo's user alone.</summary>
internal static class FileModes
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Data = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Restrict(string folder, string databaseFile)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        File.SetUnixFileMode(folder, Folder);
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm", Path.Combine(folder, DataFolderLock.FileName), Path.Combine(folder, DataFolderLock.HolderFileName) })
        {
            if (File.Exists(file))
            {
                File.SetUnixFileMode(file, Data);
            }
        }
    }
}

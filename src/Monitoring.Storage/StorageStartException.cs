namespace Monitoring.Storage;

/// <summary>
/// Storage cannot be used as it is (locked by another process, read-only, corrupt, from a newer
/// build): the silo stops at once with this message instead of starting and failing later.
/// </summary>
public sealed class StorageStartException(string message, Exception? inner = null) : Exception(message, inner);

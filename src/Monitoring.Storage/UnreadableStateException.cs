namespace Monitoring.Storage;

/// <summary>
/// Stored grain state that is there but cannot be decoded (written by a build whose types this one does not know, or
/// damaged). The record's ETag is on the grain state all the same, so the state can still be cleared.
/// </summary>
public sealed class UnreadableStateException(string message, Exception inner) : Exception(message, inner);

namespace Monitoring.Feeds;

/// <summary>Reads a body up to a cap without ever holding more than the cap in memory.</summary>
internal static class BodyReader
{
    /// <summary>The bytes read, or null as soon as the stream goes past <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadCappedAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            var needed = buffer.Length + read;
            if (needed > buffer.Capacity)
            {
                // Grow by doubling but never past the cap, so a hostile body cannot make us reserve more.
                buffer.Capacity = (int)Math.Min(maxBytes, Math.Max(needed, (long)buffer.Capacity * 2));
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}

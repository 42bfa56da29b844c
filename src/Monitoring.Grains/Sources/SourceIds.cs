using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Grains.Sources;

/// <summary>Stable ids for sources and their schedule shard.</summary>
public static class SourceIds
{
    /// <summary>The source id of a canonical feed URL: the same feed always gets the same id.</summary>
    public static string FromCanonicalUrl(string canonicalUrl)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonicalUrl));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>The schedule shard a source belongs to (FNV-1a, stable across processes).</summary>
    public static int Shard(string sourceId, int shards)
    {
        var hash = 2166136261u;
        foreach (var c in sourceId)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash % (uint)shards);
    }
}

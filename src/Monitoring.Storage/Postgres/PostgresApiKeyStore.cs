using Npgsql;

namespace Monitoring.Storage.Postgres;

/// <summary>API keys (hashes only) in PostgreSQL.</summary>
public sealed class PostgresApiKeyStore(PostgresDatabase db) : IApiKeyStore
{
    private const string Columns = "id, name, role, key_hash, created_at";

    public async Task UpsertAsync(ApiKeyRow key, CancellationToken ct = default) =>
        await db.ExecuteAsync("""
            INSERT INTO api_keys (id, name, role, key_hash, created_at) VALUES (@id, @name, @role, @hash, @created)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, key_hash = excluded.key_hash
            """, new { id = key.Id, name = key.Name, role = key.Role, hash = key.KeyHash, created = key.CreatedAt.ToUnixTimeMilliseconds() }, ct);

    public async Task<ApiKeyRow?> FindByHashAsync(byte[] keyHash, CancellationToken ct = default) =>
        (await db.QueryAsync($"SELECT {Columns} FROM api_keys WHERE key_hash = @hash", Read, new { hash = keyHash }, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken ct = default) =>
        await db.QueryAsync($"SELECT {Columns} FROM api_keys ORDER BY created_at, id", Read, null, ct);

    public async Task<KeyRemoval> RemoveAsync(string id, string protectedRole, CancellationToken ct = default) =>
        await db.TransactionAsync(async s =>
        {
            // Held to the commit, so two silos deleting the last two operator keys at once cannot both see the other left.
            await s.ExecuteAsync("LOCK TABLE api_keys IN SHARE ROW EXCLUSIVE MODE");
            var found = await s.QueryAsync(
                "SELECT role = @role, (SELECT count(*) FROM api_keys WHERE role = @role) FROM api_keys WHERE id = @id",
                r => (Protected: r.GetBoolean(0), Count: r.GetInt64(1)), new { id, role = protectedRole });
            if (found.Count == 0)
            {
                return KeyRemoval.NotFound;
            }
            if (found[0].Protected && found[0].Count <= 1)
            {
                return KeyRemoval.LastOfRole;
            }
            await s.ExecuteAsync("""
                DELETE FROM deliveries WHERE subscription_id IN (SELECT id FROM subscriptions WHERE owner = @id);
                DELETE FROM subscriptions WHERE owner = @id;
                DELETE FROM api_keys WHERE id = @id;
                """, new { id });
            return KeyRemoval.Removed;
        }, ct);

    public async Task<bool> AnyWithRoleAsync(string role, CancellationToken ct = default) =>
        await db.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM api_keys WHERE role = @role)", new { role }, ct);

    private static ApiKeyRow Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), (byte[])r.GetValue(3), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)));
}

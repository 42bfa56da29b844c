using Microsoft.Data.Sqlite;

namespace Monitoring.Storage.Sqlite;

/// <summary>API keys (hashes only) in the embedded database.</summary>
public sealed class SqliteApiKeyStore(SqliteDatabase db) : IApiKeyStore
{
    public async Task UpsertAsync(ApiKeyRow key, CancellationToken ct = default)
    {
        await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO api_keys (id, name, role, key_hash, created_at) VALUES ($id, $name, $role, $hash, $created)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, key_hash = excluded.key_hash
                """;
            command.Parameters.AddWithValue("$id", key.Id);
            command.Parameters.AddWithValue("$name", key.Name);
            command.Parameters.AddWithValue("$role", key.Role);
            command.Parameters.AddWithValue("$hash", key.KeyHash);
            command.Parameters.AddWithValue("$created", key.CreatedAt.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, ct);
    }

    public async Task<ApiKeyRow?> FindByHashAsync(byte[] keyHash, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, key_hash, created_at FROM api_keys WHERE key_hash = $hash";
        command.Parameters.AddWithValue("$hash", keyHash);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, key_hash, created_at FROM api_keys ORDER BY created_at, id";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<ApiKeyRow>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(Read(reader));
        }
        return list;
    }

    public async Task<KeyRemoval> RemoveAsync(string id, string protectedRole, CancellationToken ct = default) =>
        await db.WriteAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$role", protectedRole);
            // Inside the writer's transaction: two deletes cannot both see another key of the role left.
            command.CommandText = """
                SELECT role = $role, (SELECT COUNT(*) FROM api_keys WHERE role = $role) FROM api_keys WHERE id = $id
                """;
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                if (!await reader.ReadAsync(ct))
                {
                    return KeyRemoval.NotFound;
                }
                if (reader.GetBoolean(0) && reader.GetInt64(1) <= 1)
                {
                    return KeyRemoval.LastOfRole;
                }
            }
            command.CommandText = """
                DELETE FROM deliveries WHERE subscription_id IN (SELECT id FROM subscriptions WHERE owner = $id);
                DELETE FROM subscriptions WHERE owner = $id;
                DELETE FROM api_keys WHERE id = $id;
                """;
            await command.ExecuteNonQueryAsync(ct);
            return KeyRemoval.Removed;
        }, ct);

    public async Task<bool> AnyWithRoleAsync(string role, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM api_keys WHERE role = $role)";
        command.Parameters.AddWithValue("$role", role);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    private static ApiKeyRow Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        (byte[])reader.GetValue(3),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
}

using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Monitoring.Storage.Sqlite;

/// <summary>
/// Commands kept prepared on the writer's connection for the writes every poll makes: preparing a statement costs
/// more than running it, and the writer's one connection lives as long as the store.
/// </summary>
/// <remarks>
/// Only for work run through <see cref="SqliteDatabase.WriteAsync{T}"/>: the writer runs one work at a time, so a
/// command is never used twice at once. The caller must not dispose the command; closing the connection releases it.
/// </remarks>
internal static class ReusedCommands
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Kept = [];

    /// <summary>The connection's command for <paramref name="sql"/>, with no parameters bound yet.</summary>
    public static SqliteCommand Reused(this SqliteConnection connection, string sql)
    {
        var commands = Kept.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }
        command.Parameters.Clear();
        return command;
    }
}

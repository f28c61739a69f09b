using Npgsql;

namespace StayHub.Framework.Testing;

/// <summary>
/// Throw-away databases for tests. Fixtures create and drop them in parallel on one server, and a
/// CREATE/DROP DATABASE can briefly clash with another's, so both retry a few times; a drop that still fails
/// is reported on the test output rather than failing a run whose tests all finished.
/// </summary>
public static class TestDatabases
{
    public static async Task CreateAsync(string serverConnectionString, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(serverConnectionString, $"CREATE DATABASE \"{name}\"");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 5)
            {
                // "source database template1 is being accessed by other users".
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt));
            }
        }
    }

    public static async Task DropAsync(string serverConnectionString, string name)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(serverConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (attempt < 5)
            {
                Console.Error.WriteLine($"[{name}] drop attempt {attempt} failed ({ex.SqlState}: {ex.MessageText}); retrying");
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt));
            }
            catch (PostgresException ex)
            {
                Console.Error.WriteLine($"[{name}] could not drop the test database: {ex}");
                return;
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

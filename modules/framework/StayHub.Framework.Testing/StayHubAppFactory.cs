using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StayHub.Framework.Persistence;
using Xunit;

namespace StayHub.Framework.Testing;

/// <summary>
/// Hosts the real application on the real PostgreSQL and Redis started by <c>etc/services.sh</c>, in a
/// database of its own (created here, dropped on dispose) and under a Redis key prefix of its own, so test
/// classes never see each other's data. Share one per test collection: a host start costs seconds.
/// </summary>
public class StayHubAppFactory<TProgram> : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
{
    public const string AdminEmail = "root@stayhub.test";
    public const string AdminPassword = "Keeper-Of-Keys-2026";

    private static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    private static readonly string RedisConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:56379";

    public StayHubAppFactory()
    {
        DatabaseName = "stayhub_test_" + Guid.NewGuid().ToString("N")[..16];
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = DatabaseName }.ConnectionString;
    }

    public string DatabaseName { get; }

    public string ConnectionString { get; }

    /// <summary>Extra settings a derived fixture wants (key → value, ':'-separated keys).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        await TestDatabases.CreateAsync(ServerConnectionString, DatabaseName);

        // Starts the host now (migrations and seeding run in its start-up), not inside the first test.
        _ = Server;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // Cleanup of a throw-away host and database must not decide the run once every test has reported, but
        // its failure must be visible: it is written to the test output with the full exception.
        try
        {
            await DisposeAsync();
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"[{DatabaseName}] host did not stop cleanly: {ex}");
        }

        await TestDatabases.DropAsync(ServerConnectionString, DatabaseName);

        var files = Path.Combine(Path.GetTempPath(), DatabaseName);
        if (Directory.Exists(files))
        {
            Directory.Delete(files, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // What Development does for etc/run.sh and the Postman host: a singleton taking a scoped service fails the
        // build of the container here too, not first in the one host that happens to run in Development.
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("ConnectionStrings:Redis", RedisConnectionString);
        builder.UseSetting("Cache:KeyPrefix", $"{DatabaseName}:");
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting(PersistenceExtensions.ThrowOnQueryWarningsKey, "true");
        // Files a host writes stay with its fixture, not in the source tree.
        builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetTempPath(), DatabaseName, "mail"));
        builder.UseSetting("Blob:FileSystem:Root", Path.Combine(Path.GetTempPath(), DatabaseName, "blobs"));
        // Tests fire many requests from one (unknown) address; rate-limit tests set their own small budgets.
        builder.UseSetting("RateLimiting:Global:PermitLimit", "1000000");
        builder.UseSetting("RateLimiting:Auth:PermitLimit", "1000000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ConfigureTestServices);
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>Runs a query on this fixture's database and returns the first column of the first row.</summary>
    public async Task<T?> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }
}

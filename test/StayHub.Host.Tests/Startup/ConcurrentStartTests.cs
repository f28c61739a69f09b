using System.Net;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StayHub.Framework.Persistence;
using StayHub.Framework.Testing;
using StayHub.Identity;

namespace StayHub.Host.Tests.Startup;

/// <summary>
/// Two nodes starting at once against one empty database: the advisory lock must let exactly one migrate
/// and seed while the other waits, and both must come up. Deliberately not in the shared host collection.
/// </summary>
public sealed class ConcurrentStartTests : IAsyncLifetime
{
    private readonly string databaseName = "stayhub_test_start_" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync() =>
        await TestDatabases.CreateAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestDatabases.DropAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);
    }

    [Fact]
    public async Task Two_hosts_starting_together_on_a_fresh_database_both_start_and_migrate_once()
    {
        var log1 = new StartupLog();
        var log2 = new StartupLog();
        var first = new SharedDatabaseFactory(databaseName, log1);
        var second = new SharedDatabaseFactory(databaseName, log2);
        try
        {
            await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

            foreach (var factory in new[] { first, second })
            {
                using var ready = await factory.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
                ready.StatusCode.ShouldBe(HttpStatusCode.OK, await ready.Content.ReadAsStringAsync());
            }

            // Each host ran the initializer; only one found work to do.
            foreach (var log in new[] { log1, log2 })
            {
                log.Entries.Count(e => e.Message.Contains("Database migrated and seeded", StringComparison.Ordinal)).ShouldBe(1);
            }

            var registrations = first.Services.GetServices<ModuleDbContextRegistration>().DistinctBy(r => r.ContextType).ToList();
            registrations.ShouldContain(r => r.Schema == "identity");
            foreach (var registration in registrations)
            {
                var expected = MigrationIds(registration.ContextType);
                expected.ShouldNotBeEmpty($"{registration.ContextType.Name} has migrations");
                var applied = await ScalarAsync<long>(
                    $"select count(*) from \"{registration.Schema}\".__ef_migrations_history where migration_id = any(@ids)", ("ids", expected.ToArray()));
                var total = await ScalarAsync<long>($"select count(*) from \"{registration.Schema}\".__ef_migrations_history");
                applied.ShouldBe(expected.Count, $"every {registration.Schema} migration is applied");
                total.ShouldBe(expected.Count, $"each {registration.Schema} migration is recorded once");
                var applying = log1.Entries.Concat(log2.Entries)
                    .Count(e => e.Message.StartsWith("Applying", StringComparison.Ordinal) && e.Message.Contains($"schema {registration.Schema}:", StringComparison.Ordinal));
                applying.ShouldBe(1, $"exactly one host migrates schema {registration.Schema}");
            }

            (await ScalarAsync<long>("select count(*) from identity.__ef_migrations_history"))
                .ShouldBe(MigrationIds(typeof(IdentityModule).Assembly, "IdentityDbContext").Count);
            (await ScalarAsync<long>(
                "select count(*) from identity.users where normalized_email = upper(@email)", ("email", StayHubAppFactory<Program>.AdminEmail)))
                .ShouldBe(1);
            (await ScalarAsync<long>("""
                select count(*) from identity.user_roles ur join identity.roles r on r.id = ur.role_id
                where r.name = 'admin'
                """)).ShouldBe(1, "the admin role is granted once");
            (await ScalarAsync<long>("select count(*) from identity.\"OpenIddictApplications\" where client_id = 'stayhub-app'")).ShouldBe(1);
            (await ScalarAsync<long>("select count(*) from identity.roles")).ShouldBe(3);
            (await ScalarAsync<long>("select count(distinct normalized_name) from identity.roles")).ShouldBe(3);

            // Both nodes sign tokens with the same keys: a token from one is accepted by the other.
            var token = (await first.CreateClient().PasswordGrantAsync(StayHubAppFactory<Program>.AdminEmail, StayHubAppFactory<Program>.AdminPassword))
                .ShouldSucceed();
            var other = second.CreateClient();
            other.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.AccessToken);
            using var me = await other.GetAsync(new Uri("/api/account/me", UriKind.Relative));
            me.StatusCode.ShouldBe(HttpStatusCode.OK, await me.Content.ReadAsStringAsync());
            (await second.CreateClient().RefreshGrantAsync(token.RefreshToken!)).ShouldSucceed();
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static List<string> MigrationIds(Type contextType) =>
        MigrationIds(contextType.Assembly, contextType.Name);

    private static List<string> MigrationIds(Assembly assembly, string contextName) =>
    [
        .. assembly.GetTypes()
            .Where(t => typeof(Migration).IsAssignableFrom(t) && !t.IsAbstract
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType.Name == contextName)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()!.Id),
    ];

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(SharedDatabaseFactory.ConnectionStringFor(databaseName));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}

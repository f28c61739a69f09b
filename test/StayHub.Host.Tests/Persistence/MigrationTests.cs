using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Persistence;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Persistence;

[Collection(HostCollection.Name)]
public sealed class MigrationTests(HostFixture host)
{
    [Fact]
    public async Task Every_module_context_is_migrated_into_its_own_schema_with_no_model_drift()
    {
        var registrations = host.Services.GetServices<ModuleDbContextRegistration>().ToList();
        registrations.Select(r => r.Schema).ShouldBe(["audit", "request_stats", "data_protection", "emailing", "permissions", "identity", "booking", "idempotency", "listings", "payments", "reviews", "notifications"], ignoreOrder: true);

        foreach (var registration in registrations)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);

            // A model change without a migration would make this true: `dotnet ef migrations add` was forgotten.
            context.Database.HasPendingModelChanges().ShouldBeFalse(registration.ContextType.Name);
            (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();

            var history = await host.ScalarAsync<long>(
                "select count(*) from information_schema.tables where table_schema = @schema and table_name = '__ef_migrations_history'",
                ("schema", registration.Schema));
            history.ShouldBe(1L, $"schema {registration.Schema} keeps its own migrations history");
        }
    }

    [Fact]
    public async Task The_start_up_check_reads_the_same_migrations_as_ef_and_finds_them_all_applied()
    {
        var migrator = host.Services.GetRequiredService<DatabaseMigrator>();
        var registrations = host.Services.GetServices<ModuleDbContextRegistration>().ToList();
        var applied = await migrator.ReadAppliedMigrationsAsync([.. registrations.Select(r => r.Schema), "no_such_schema"], CancellationToken.None);

        // A schema without a history table is absent (EF then decides), never an empty "all applied" set.
        applied.ContainsKey("no_such_schema").ShouldBeFalse();
        foreach (var registration in registrations)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);

            // The start-up check skips EF only when these agree: attributes read without building a model, and EF's own list.
            var declared = DatabaseMigrator.DeclaredMigrations(registration.ContextType);
            declared.ShouldBe(context.Database.GetMigrations(), ignoreOrder: true, registration.ContextType.Name);
            declared.ShouldNotBeEmpty();
            applied[registration.Schema].ShouldBe(await context.Database.GetAppliedMigrationsAsync(), ignoreOrder: true, registration.Schema);
        }
    }
}

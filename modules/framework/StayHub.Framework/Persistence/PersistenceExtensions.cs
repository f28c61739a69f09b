using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using StayHub.Framework.Auditing;

namespace StayHub.Framework.Persistence;

public static class PersistenceExtensions
{
    public const string ConnectionStringName = "Default";

    /// <summary>Configuration key: EF's query warnings throw instead of being logged (test hosts set it).</summary>
    public const string ThrowOnQueryWarningsKey = "Persistence:ThrowOnQueryWarnings";

    /// <summary>
    /// Registers one shared <see cref="NpgsqlDataSource"/> (one pool for every module) built from
    /// <c>ConnectionStrings:Default</c>.
    /// </summary>
    public static IServiceCollection AddStayHubDataSource(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(sp =>
        {
            var connectionString = configuration.GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Configuration key 'ConnectionStrings:Default' (env ConnectionStrings__Default) is required.");
            }

            var builder = new NpgsqlDataSourceBuilder(connectionString);
            // Prepared statements (search prepares its shapes) are planned for their actual values every time: a
            // generic plan, which PostgreSQL may switch to after five runs, was measured 5× slower for search.
            if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.Options))
            {
                builder.ConnectionStringBuilder.Options = "-c plan_cache_mode=force_custom_plan";
            }

            // Npgsql otherwise prepends "SET SESSION AUTHORIZATION DEFAULT; RESET ALL; CLOSE ALL; UNLISTEN *;
            // pg_advisory_unlock_all(); DISCARD SEQUENCES; DISCARD TEMP" to the first command after every pool
            // checkout: measured at ~0.4 ms of server time, more than most searches cost. Nothing here leaves session
            // state on a pooled connection (settings come from the startup Options above; advisory locks are
            // transaction-scoped, the migrator releases its session lock itself; no LISTEN, temp tables or cursors),
            // and SessionStateTests keeps it that way. An explicit "No Reset On Close=false" still wins.
            var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
            if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
            {
                builder.ConnectionStringBuilder.NoResetOnClose = true;
            }

            foreach (var configurator in sp.GetServices<IDataSourceConfigurator>())
            {
                configurator.Configure(builder);
            }

            return builder.Build();
        });
        return services;
    }

    /// <summary>Registers a module DbContext on the shared data source, in its own schema, with snake_case names.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services,
        string schema,
        Action<DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), npgsql =>
                {
                    npgsql.MigrationsHistoryTable("__ef_migrations_history", schema);
                    // Retries transient failures, including serialization failures (40001) and deadlocks (40P01). Waits
                    // capped at 1 s (EF's default grows to 30 s): during a database outage a request gives up and answers
                    // 503 within a few seconds instead of hanging (docs/adr/0030).
                    npgsql.EnableRetryOnFailure(3, TimeSpan.FromSeconds(1), null);
                })
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(sp.GetRequiredService<EntityChangeAuditInterceptor>());
            if (sp.GetRequiredService<IConfiguration>().GetValue(ThrowOnQueryWarningsKey, false))
            {
                // Test hosts: a query EF warns about (a row limit without an order, …) fails the test that runs it
                // instead of scrolling past in a log.
                options.ConfigureWarnings(w => w.Throw(
                    CoreEventId.RowLimitingOperationWithoutOrderByWarning,
                    CoreEventId.FirstWithoutOrderByAndFilterWarning,
                    CoreEventId.DistinctAfterOrderByWithoutRowLimitingOperatorWarning));
            }

            configure?.Invoke(options);
        },
        // Built once, not per scope: everything they hold is a singleton (data source, interceptors), and building
        // them per request (extensions, service-provider lookup) was measurable CPU on every query.
        optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton(new ModuleDbContextRegistration(typeof(TContext), schema));
        return services;
    }

    /// <summary>Options for `dotnet ef` at design time, without a running host.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema)
        where TContext : DbContext
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default")
            ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";
        return new DbContextOptionsBuilder<TContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention()
            .Options;
    }
}

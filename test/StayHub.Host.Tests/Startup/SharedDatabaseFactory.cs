using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Startup;

/// <summary>
/// A host on a database chosen by the test (several factories may share it), instead of the private one
/// <see cref="StayHubAppFactory{TProgram}"/> makes. The later settings win, so only the connection string and
/// the Redis prefix change; everything else the base applies (admin account, environment) stays. The test
/// creates and drops the database itself: <see cref="StayHubAppFactory{TProgram}.InitializeAsync"/> is not used.
/// </summary>
internal sealed class SharedDatabaseFactory(string databaseName, StartupLog log) : StayHubAppFactory<Program>
{
    public static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    public static string ConnectionStringFor(string databaseName) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = databaseName }.ConnectionString;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Default"] = ConnectionStringFor(databaseName),
        ["Cache:KeyPrefix"] = $"{databaseName}:",
    };

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<ILoggerProvider>(new StartupLogProvider(log));
}

/// <summary>Log lines of several hosts, to count who did the start-up work.</summary>
internal sealed class StartupLog
{
    private readonly ConcurrentQueue<(string Category, string Message)> entries = new();

    public IReadOnlyList<(string Category, string Message)> Entries => [.. entries];

    public void Add(string category, string message) => entries.Enqueue((category, message));
}

internal sealed class StartupLogProvider(StartupLog log) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, log);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, StartupLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && category.StartsWith("StayHub", StringComparison.Ordinal))
            {
                log.Add(category, formatter(state, exception));
            }
        }
    }
}

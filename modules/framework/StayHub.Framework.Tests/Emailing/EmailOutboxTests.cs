using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using StayHub.Framework.Auditing;
using StayHub.Framework.Emailing;
using StayHub.Framework.Persistence;
using StayHub.Framework.Testing;

namespace StayHub.Framework.Tests.Emailing;

/// <summary>The durable email outbox on a real PostgreSQL database, with a transport the test controls.</summary>
public sealed class EmailOutboxTests : IAsyncLifetime
{
    private static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    private readonly string name = "stayhub_test_mail_" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<ServiceProvider> nodes = [];
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly ScriptedTransport transport = new();

    private string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;

    public async Task InitializeAsync()
    {
        await TestDatabases.CreateAsync(ServerConnectionString, name);
        await using var scope = Node().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EmailingDbContext>();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await TestDatabases.DropAsync(ServerConnectionString, name);
    }

    [Fact]
    public async Task A_sent_message_is_delivered_once_and_its_bodies_are_cleared()
    {
        var node = Node();
        await node.GetRequiredService<IEmailSender>().SendAsync(Message("a@example.test"), CancellationToken.None);

        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(1);
        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(0);

        transport.Delivered.ShouldHaveSingleItem().To.ShouldBe("a@example.test");
        (await ScalarAsync<string>("SELECT status || ':' || attempts || ':' || coalesce(html_body, 'none') FROM emailing.email_deliveries")).ShouldBe("sent:1:none");
    }

    [Fact]
    public async Task A_transient_failure_is_recorded_and_retried_after_the_backoff()
    {
        var node = Node();
        transport.FailNext(2, () => new IOException("connection refused"));
        await node.GetRequiredService<IEmailSender>().SendAsync(Message("b@example.test"), CancellationToken.None);

        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(0);
        (await ScalarAsync<string>("SELECT status || ':' || attempts || ':' || last_error FROM emailing.email_deliveries")).ShouldBe("failed:1:IOException: connection refused");
        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(0, "not due before its backoff (1 s)");

        clock.Advance(TimeSpan.FromSeconds(1));
        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(0);
        clock.Advance(TimeSpan.FromSeconds(2));
        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(1);

        transport.Delivered.ShouldHaveSingleItem();
        (await ScalarAsync<string>("SELECT status || ':' || attempts FROM emailing.email_deliveries")).ShouldBe("sent:3");
    }

    [Fact]
    public async Task A_permanent_rejection_is_dead_at_once_and_an_operator_retry_revives_it()
    {
        var node = Node();
        transport.FailNext(1, () => new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "no such user"));
        await node.GetRequiredService<IEmailSender>().SendAsync(Message("gone@example.test"), CancellationToken.None);

        await Worker(node).SendDueAsync(CancellationToken.None);
        (await ScalarAsync<string>("SELECT status FROM emailing.email_deliveries")).ShouldBe(EmailDeliveryStatuses.Dead);

        await using (var scope = node.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EmailingDbContext>();
            var delivery = await db.Set<EmailDelivery>().SingleAsync();
            delivery.Retry(clock.GetUtcNow()).ShouldBeTrue();
            await db.SaveChangesAsync();
            delivery.Retry(clock.GetUtcNow()).ShouldBeFalse("a pending delivery has nothing to retry");
        }

        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(1);
        transport.Delivered.ShouldHaveSingleItem().To.ShouldBe("gone@example.test");
    }

    [Fact]
    public async Task After_max_attempts_a_message_is_dead_and_the_next_one_still_goes()
    {
        var node = Node();
        transport.FailNext(3, () => new IOException("timeout"));
        await node.GetRequiredService<IEmailSender>().SendAsync(Message("doomed@example.test"), CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await Worker(node).SendDueAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        await node.GetRequiredService<IEmailSender>().SendAsync(Message("next@example.test"), CancellationToken.None);
        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(1);

        (await ScalarAsync<string>("SELECT status || ':' || attempts FROM emailing.email_deliveries WHERE recipient = 'doomed@example.test'")).ShouldBe("dead:3");
        transport.Delivered.ShouldHaveSingleItem().To.ShouldBe("next@example.test");
    }

    [Fact]
    public async Task Two_nodes_draining_at_once_send_every_message_exactly_once()
    {
        var a = Node();
        var b = Node();
        transport.Delay = TimeSpan.FromMilliseconds(5);
        for (var i = 0; i < 30; i++)
        {
            await a.GetRequiredService<IEmailSender>().SendAsync(Message($"m{i}@example.test"), CancellationToken.None);
        }

        var sent = await Task.WhenAll(Worker(a).SendDueAsync(CancellationToken.None), Worker(b).SendDueAsync(CancellationToken.None));

        sent.Sum().ShouldBe(30);
        transport.Delivered.Select(m => m.To).Distinct().Count().ShouldBe(30);
        transport.Delivered.Count.ShouldBe(30);
    }

    [Theory]
    [InlineData("eve@example.test", "e***@example.test")]
    [InlineData("broken", "***")]
    public void Logged_addresses_are_masked(string address, string masked) => EmailOutboxWorker.Mask(address).ShouldBe(masked);

    private static EmailMessage Message(string to) => new(to, "Subject", "<p>x</p>", "x");

    private static EmailOutboxWorker Worker(IServiceProvider node) => node.GetRequiredService<EmailOutboxWorker>();

    private ServiceProvider Node()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = ConnectionString,
            ["Email:MaxAttempts"] = "3",
            ["Email:RetryDelay"] = "00:00:01",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment());
        services.AddSingleton<TimeProvider>(clock);
        services.AddStayHubDataSource(configuration);
        services.AddSingleton<IAuditScopeAccessor, AsyncLocalAuditScopeAccessor>();
        services.AddSingleton<EntityChangeAuditInterceptor>();
        services.AddStayHubEmailing();
        services.Replace(ServiceDescriptor.Singleton<IEmailTransport>(transport));
        var provider = services.BuildServiceProvider();
        nodes.Add(provider);
        return provider;
    }

    private async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    private sealed class ScriptedTransport : IEmailTransport
    {
        private int failures;
        private Func<Exception> failure = () => new IOException("down");

        public ConcurrentQueue<EmailMessage> Delivered { get; } = new();

        public TimeSpan Delay { get; set; }

        public void FailNext(int count, Func<Exception> exception)
        {
            failures = count;
            failure = exception;
        }

        public async Task DeliverAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            if (Interlocked.Decrement(ref failures) >= 0)
            {
                throw failure();
            }

            Delivered.Enqueue(message);
        }
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

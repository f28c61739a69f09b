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

    [Fact]
    public async Task A_node_that_dies_mid_send_leaves_the_message_leased_until_its_lease_ends_then_another_node_sends_it()
    {
        var a = Node();
        var b = Node();
        await a.GetRequiredService<IEmailSender>().SendAsync(Message("lease@example.test"), CancellationToken.None);
        transport.Hang = true;
        using (var crash = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            await Should.ThrowAsync<OperationCanceledException>(() => Worker(a).SendDueAsync(crash.Token));
        }

        transport.Hang = false;
        (await ScalarAsync<string>("SELECT status || ':' || attempts FROM emailing.email_deliveries")).ShouldBe("pending:1", "leased, the attempt counted");
        (await Worker(b).SendDueAsync(CancellationToken.None)).ShouldBe(0, "still leased to the node that died");
        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        (await Worker(b).SendDueAsync(CancellationToken.None)).ShouldBe(0);
        clock.Advance(TimeSpan.FromSeconds(1));
        (await Worker(b).SendDueAsync(CancellationToken.None)).ShouldBe(1, "the default lease (5 min) is over");

        transport.Delivered.ShouldHaveSingleItem();
        (await ScalarAsync<string>("SELECT status || ':' || attempts FROM emailing.email_deliveries")).ShouldBe("sent:2");
    }

    [Fact]
    public async Task A_slow_send_is_not_taken_over_and_its_message_id_names_the_delivery()
    {
        var a = Node();
        var b = Node();
        await a.GetRequiredService<IEmailSender>().SendAsync(Message("slow@example.test"), CancellationToken.None);
        transport.Delay = TimeSpan.FromMilliseconds(800);
        var slow = Worker(a).SendDueAsync(CancellationToken.None);
        await Task.Delay(200);
        (await Worker(b).SendDueAsync(CancellationToken.None)).ShouldBe(0, "the slow node holds the lease");
        (await slow).ShouldBe(1);

        var id = await ScalarAsync<Guid>("SELECT id FROM emailing.email_deliveries");
        transport.Delivered.ShouldHaveSingleItem().MessageId.ShouldBe($"delivery-{id}@stayhub.local");
    }

    [Fact]
    public void A_lease_shorter_than_four_smtp_timeouts_stops_the_start()
    {
        var node = Node(new Dictionary<string, string?> { ["Email:Smtp:Timeout"] = "00:00:30", ["Email:SendLease"] = "00:01:59" });
        var error = Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => node.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value);
        error.Message.ShouldContain("Email__SendLease");
    }

    [Fact]
    public async Task Over_real_smtp_a_line_dropped_after_the_250_still_counts_as_sent_once()
    {
        await using var smtp = new ScriptedSmtpListener { DropOnQuit = true };
        var node = SmtpNode(smtp.Port);
        await node.GetRequiredService<IEmailSender>().SendAsync(Message("quit@example.test"), CancellationToken.None);

        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(1);
        clock.Advance(TimeSpan.FromHours(1));
        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(0);

        var id = await ScalarAsync<Guid>("SELECT id FROM emailing.email_deliveries");
        smtp.Received.ShouldHaveSingleItem().MessageId.ShouldBe($"delivery-{id}@stayhub.test");
        (await ScalarAsync<string>("SELECT status || ':' || attempts || ':' || coalesce(last_error, 'none') FROM emailing.email_deliveries")).ShouldBe("sent:1:none");
    }

    [Fact]
    public async Task Over_real_smtp_the_success_is_recorded_at_the_250_before_quit_is_answered()
    {
        await using var smtp = new ScriptedSmtpListener { HoldQuit = true };
        var node = SmtpNode(smtp.Port, timeout: "00:00:03");
        await node.GetRequiredService<IEmailSender>().SendAsync(Message("early@example.test"), CancellationToken.None);

        var sending = Worker(node).SendDueAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(2.5);
        while (await ScalarAsync<string>("SELECT status FROM emailing.email_deliveries") != EmailDeliveryStatuses.Sent && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        sending.IsCompleted.ShouldBeFalse("the worker is still waiting for the answer to QUIT");
        (await ScalarAsync<string>("SELECT status FROM emailing.email_deliveries")).ShouldBe(EmailDeliveryStatuses.Sent);
        (await sending).ShouldBe(1, "a QUIT left unanswered does not undo a delivered message");
        smtp.Received.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Over_real_smtp_a_retry_after_an_unknown_outcome_carries_the_same_message_id()
    {
        await using var smtp = new ScriptedSmtpListener { UnansweredData = 1 };
        var node = SmtpNode(smtp.Port, timeout: "00:00:01");
        await node.GetRequiredService<IEmailSender>().SendAsync(Message("unknown@example.test"), CancellationToken.None);

        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(0, "no answer to the data: the outcome is unknown");
        (await ScalarAsync<string>("SELECT status FROM emailing.email_deliveries")).ShouldBe(EmailDeliveryStatuses.Failed);
        clock.Advance(TimeSpan.FromSeconds(1));
        (await Worker(node).SendDueAsync(CancellationToken.None)).ShouldBe(1);

        var id = await ScalarAsync<Guid>("SELECT id FROM emailing.email_deliveries");
        smtp.Received.Count.ShouldBe(2, "the relay kept the first copy too");
        smtp.Received.Select(m => m.MessageId).Distinct().ShouldBe([$"delivery-{id}@stayhub.test"], "a receiver can tell the second copy is the same message");
        (await ScalarAsync<string>("SELECT status || ':' || attempts FROM emailing.email_deliveries")).ShouldBe("sent:2");
    }

    [Theory]
    [InlineData("eve@example.test", "e***@example.test")]
    [InlineData("broken", "***")]
    public void Logged_addresses_are_masked(string address, string masked) => EmailOutboxWorker.Mask(address).ShouldBe(masked);

    private static EmailMessage Message(string to) => new(to, "Subject", "<p>x</p>", "x");

    private static EmailOutboxWorker Worker(IServiceProvider node) => node.GetRequiredService<EmailOutboxWorker>();

    private ServiceProvider Node(IReadOnlyDictionary<string, string?>? settings = null, bool realTransport = false)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = ConnectionString,
            ["Email:MaxAttempts"] = "3",
            ["Email:RetryDelay"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment());
        services.AddSingleton<TimeProvider>(clock);
        services.AddStayHubDataSource(configuration);
        services.AddSingleton<IAuditScopeAccessor, AsyncLocalAuditScopeAccessor>();
        services.AddSingleton<EntityChangeAuditInterceptor>();
        services.AddStayHubEmailing();
        if (!realTransport)
        {
            services.Replace(ServiceDescriptor.Singleton<IEmailTransport>(transport));
        }

        var provider = services.BuildServiceProvider();
        nodes.Add(provider);
        return provider;
    }

    /// <summary>A node sending over real SMTP (MailKit) to <paramref name="port"/> on loopback.</summary>
    private ServiceProvider SmtpNode(int port, string timeout = "00:00:10") => Node(new Dictionary<string, string?>
    {
        ["Email:From"] = "StayHub <robot@stayhub.test>",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:Smtp:Timeout"] = timeout,
        ["Email:SendLease"] = "00:01:00",
    }, realTransport: true);

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

        /// <summary>Never answers: the send hangs until cancelled (a node that dies mid-send).</summary>
        public bool Hang { get; set; }

        public async Task DeliverAsync(EmailMessage message, Func<CancellationToken, Task>? accepted, CancellationToken cancellationToken)
        {
            if (Hang)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            if (Interlocked.Decrement(ref failures) >= 0)
            {
                throw failure();
            }

            Delivered.Enqueue(message);
            if (accepted is not null)
            {
                await accepted(cancellationToken);
            }
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

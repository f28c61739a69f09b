using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StayHub.Framework.Emailing;

namespace StayHub.Framework.Tests.Emailing;

public sealed class EmailDispatcherTests
{
    private static readonly EmailOptions Fast = new() { MaxAttempts = 3, RetryDelay = TimeSpan.FromMilliseconds(10) };

    private static EmailMessage Message(string to) => new(to, "Subject", "<p>x</p>", "x");

    private static (BackgroundEmailSender Queue, EmailDispatcher Dispatcher) Create(IEmailTransport transport, EmailOptions? options = null)
    {
        var settings = Options.Create(options ?? Fast);
        var queue = new BackgroundEmailSender(settings, NullLogger<BackgroundEmailSender>.Instance);
        return (queue, new EmailDispatcher(queue, transport, settings, TimeProvider.System, NullLogger<EmailDispatcher>.Instance));
    }

    [Fact]
    public async Task Queued_messages_are_delivered_in_the_background_in_order()
    {
        var transport = new FlakyTransport(failures: 0);
        var (queue, dispatcher) = Create(transport);
        await dispatcher.StartAsync(CancellationToken.None);

        await queue.SendAsync(Message("a@example.test"), CancellationToken.None);
        await queue.SendAsync(Message("b@example.test"), CancellationToken.None);

        await Eventually(() => transport.Delivered.Count == 2);
        transport.Delivered.Select(m => m.To).ShouldBe(["a@example.test", "b@example.test"]);
        await dispatcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Transient_failures_are_retried_until_delivery()
    {
        var transport = new FlakyTransport(failures: 2);
        var (queue, dispatcher) = Create(transport);
        await dispatcher.StartAsync(CancellationToken.None);

        await queue.SendAsync(Message("a@example.test"), CancellationToken.None);

        await Eventually(() => transport.Delivered.Count == 1);
        transport.Attempts.ShouldBe(3);
        await dispatcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_given_up_after_max_attempts_and_the_next_one_still_goes()
    {
        var transport = new FlakyTransport(failures: 3);
        var (queue, dispatcher) = Create(transport);
        await dispatcher.StartAsync(CancellationToken.None);

        await queue.SendAsync(Message("doomed@example.test"), CancellationToken.None);
        await queue.SendAsync(Message("next@example.test"), CancellationToken.None);

        await Eventually(() => transport.Delivered.Count == 1);
        transport.Delivered.ShouldHaveSingleItem().To.ShouldBe("next@example.test");
        transport.Attempts.ShouldBe(4, "three for the first message (max), one for the second");
        await dispatcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_permanent_smtp_rejection_is_not_retried()
    {
        var transport = new FlakyTransport(failures: 1, failure: () => new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "no such user"));
        var (queue, dispatcher) = Create(transport);
        await dispatcher.StartAsync(CancellationToken.None);

        await queue.SendAsync(Message("gone@example.test"), CancellationToken.None);
        await queue.SendAsync(Message("next@example.test"), CancellationToken.None);

        await Eventually(() => transport.Delivered.Count == 1);
        transport.Attempts.ShouldBe(2);
        await dispatcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_full_queue_drops_the_message_without_throwing_or_waiting()
    {
        var (queue, _) = Create(new FlakyTransport(0), new EmailOptions { QueueCapacity = 1 });

        await queue.SendAsync(Message("a@example.test"), CancellationToken.None);
        var second = queue.SendAsync(Message("b@example.test"), CancellationToken.None);

        second.IsCompletedSuccessfully.ShouldBeTrue();
        queue.Reader.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("eve@example.test", "e***@example.test")]
    [InlineData("Eve <eve@example.test>", "E***@example.test>")]
    [InlineData("broken", "***")]
    public void Logged_addresses_are_masked(string address, string masked) => BackgroundEmailSender.Mask(address).ShouldBe(masked);

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        condition().ShouldBeTrue();
    }

    private sealed class FlakyTransport(int failures, Func<Exception>? failure = null) : IEmailTransport
    {
        private int attempts;

        public ConcurrentQueue<EmailMessage> Delivered { get; } = new();

        public int Attempts => attempts;

        public Task DeliverAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref attempts) <= failures)
            {
                throw failure?.Invoke() ?? new IOException("connection reset");
            }

            Delivered.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}

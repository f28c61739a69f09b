using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace StayHub.Framework.Testing.Emailing;

/// <summary>A message as the SMTP listener received it: the envelope, the signed-in user and the parsed MIME message.</summary>
public sealed record ReceivedEmail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, string? AuthenticatedUser, MimeMessage Message)
{
    public string Subject => Message.Subject ?? string.Empty;

    public string Text => Message.TextBody ?? string.Empty;

    public string Html => Message.HtmlBody ?? string.Empty;

    public bool IsFor(string address) => EnvelopeTo.Contains(address, StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 and a free port, keeping what it receives in memory,
/// so tests exercise the real MailKit client and the real wire protocol.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedEmail> received = new();
    private readonly CancellationTokenSource stop = new();
    private readonly SmtpServer.SmtpServer server;
    private readonly Task running;

    private SmtpTestServer(int port, (string User, string Password)? credentials)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.stayhub.test")
            .Endpoint(e =>
            {
                e.Endpoint(new IPEndPoint(IPAddress.Loopback, port));
                if (credentials is not null)
                {
                    e.AuthenticationRequired().AllowUnsecureAuthentication();
                }
            })
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(received));
        if (credentials is { } c)
        {
            services.Add(new DelegatingUserAuthenticator((user, password) => user == c.User && password == c.Password));
        }

        server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stop.Token);
    }

    public static string Host => "127.0.0.1";

    public int Port { get; }

    public IReadOnlyList<ReceivedEmail> Received => [.. received];

    /// <summary>Starts listening; with <paramref name="credentials"/>, only that user may send (AUTH over plain text, loopback only).</summary>
    public static async Task<SmtpTestServer> StartAsync((string User, string Password)? credentials = null)
    {
        var smtp = new SmtpTestServer(FreePort(), credentials);
        await smtp.WaitUntilListeningAsync();
        return smtp;
    }

    /// <summary>Starts listening on <paramref name="port"/> (e.g. one a host was configured with while no server listened there).</summary>
    public static async Task<SmtpTestServer> StartOnPortAsync(int port)
    {
        var smtp = new SmtpTestServer(port, null);
        await smtp.WaitUntilListeningAsync();
        return smtp;
    }

    /// <summary>Polls until a message matching <paramref name="match"/> arrives, or fails after <paramref name="timeout"/> (default 10 s).</summary>
    public async Task<ReceivedEmail> WaitForAsync(Func<ReceivedEmail, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (received.FirstOrDefault(match) is { } email)
            {
                return email;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching email arrived within {timeout ?? TimeSpan.FromSeconds(10)}; received {received.Count} other(s).");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits the whole <paramref name="period"/> and returns every matching message that arrived (expect none).</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> CollectAsync(Func<ReceivedEmail, bool> match, TimeSpan period)
    {
        await Task.Delay(period);
        return [.. received.Where(match)];
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // The listener ends by cancellation.
        }

        stop.Dispose();
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (attempt < 100 && !running.IsCompleted)
            {
                await Task.Delay(20);
            }
        }
    }

    private sealed class Store(ConcurrentQueue<ReceivedEmail> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var user = context.Authentication.IsAuthenticated ? context.Authentication.User : null;
            received.Enqueue(new ReceivedEmail(
                transaction.From.AsAddress(),
                [.. transaction.To.Select(t => t.AsAddress())],
                user,
                message));
            return SmtpResponse.Ok;
        }
    }
}

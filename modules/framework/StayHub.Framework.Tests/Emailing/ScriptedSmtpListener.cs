using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace StayHub.Framework.Tests.Emailing;

/// <summary>
/// A minimal SMTP server on loopback written out by hand, for the moments a real relay misbehaves that a complete
/// server cannot be made to act out: the line dropped after the 250 instead of answering QUIT, or no answer at all
/// to the data (the outcome unknown to the client). MailKit talks to it over the real wire protocol.
/// </summary>
internal sealed class ScriptedSmtpListener : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private int connections;

    public ScriptedSmtpListener()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Close the connection when the client says QUIT, without the 221.</summary>
    public bool DropOnQuit { get; init; }

    /// <summary>Say nothing to QUIT and keep the line open until the client gives up.</summary>
    public bool HoldQuit { get; init; }

    /// <summary>How many connections, from the first, get no answer to their data (the message is kept all the same).</summary>
    public int UnansweredData { get; init; }

    /// <summary>Every message whose data arrived, answered or not.</summary>
    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            var number = Interlocked.Increment(ref connections);
            _ = Task.Run(() => ServeAsync(client, answerData: number > UnansweredData));
        }
    }

    private async Task ServeAsync(TcpClient client, bool answerData)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.Latin1);
                await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 scripted.stayhub.test ESMTP");
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO" or "HELO":
                            await writer.WriteLineAsync("250 scripted.stayhub.test");
                            break;
                        case "DATA":
                            await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                            Received.Enqueue(await ReadDataAsync(reader));
                            if (!answerData)
                            {
                                // Hold the line open without a word until the client gives up.
                                await Task.Delay(Timeout.Infinite, stop.Token);
                            }

                            await writer.WriteLineAsync("250 2.0.0 queued");
                            break;
                        case "QUIT":
                            if (HoldQuit)
                            {
                                await Task.Delay(Timeout.Infinite, stop.Token);
                            }

                            if (!DropOnQuit)
                            {
                                await writer.WriteLineAsync("221 bye");
                            }

                            return;
                        default:
                            await writer.WriteLineAsync("250 OK");
                            break;
                    }
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away (or the listener stops): nothing to answer.
            }
        }
    }

    private async Task<MimeMessage> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(stop.Token) is { } line && line != ".")
        {
            // Dot-stuffing (RFC 5321 §4.5.2).
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        using var content = new MemoryStream(Encoding.Latin1.GetBytes(data.ToString()));
        return await MimeMessage.LoadAsync(content, stop.Token);
    }
}

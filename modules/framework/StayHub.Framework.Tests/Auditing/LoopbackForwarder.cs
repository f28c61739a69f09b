using System.Net;
using System.Net.Sockets;

namespace StayHub.Framework.Tests.Auditing;

/// <summary>
/// A TCP relay on a loopback port to a real server: before it starts, the port refuses connections (the database
/// "down" as a client sees it); once started, it is the database again. Disposing stops it and cuts its connections.
/// </summary>
public sealed class LoopbackForwarder : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<TcpClient> connections = [];
    private readonly Task acceptLoop;

    private LoopbackForwarder(int port, string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        acceptLoop = AcceptAsync();
    }

    public static LoopbackForwarder Start(int port, string targetHost, int targetPort) => new(port, targetHost, targetPort);

    /// <summary>A loopback port nothing listens on (the OS picked it, then it was released).</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            await server.ConnectAsync(targetHost, targetPort, stopping.Token);
            lock (connections)
            {
                connections.Add(client);
                connections.Add(server);
            }

            _ = PumpAsync(client.GetStream(), server.GetStream());
            _ = PumpAsync(server.GetStream(), client.GetStream());
        }
    }

    private async Task PumpAsync(Stream from, Stream to)
    {
        try
        {
            await from.CopyToAsync(to, stopping.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // One side closed: the relay of that connection is over.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        lock (connections)
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }

        await acceptLoop;
        stopping.Dispose();
    }
}

using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Booking;
using StayHub.Listings.Contracts;
using StayHub.Notifications.Contracts;

namespace StayHub.Host.Tests.Notifications;

/// <summary>
/// One node of a two-node deployment: a host on a database and Redis prefix the test chooses (both nodes share them),
/// with the listings stand-in shared between nodes as the real module's table would be.
/// </summary>
internal sealed class NotificationNode(string databaseName, FakeListings listings, bool dispatchEvents) : StayHubAppFactory<Program>
{
    public static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = databaseName }.ConnectionString,
        ["Cache:KeyPrefix"] = $"{databaseName}:",
        // Only the node that dispatches events creates notifications: what the other node's clients get crossed Redis.
        ["Messaging:Enabled"] = dispatchEvents ? "true" : "false",
        ["Jobs:Enabled"] = "false",
    };

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IListingsModule>(listings));

    /// <summary>
    /// A SignalR client on this node's hub over WebSockets, authenticated as browsers do it: the access token in the
    /// <c>access_token</c> query parameter (no Authorization header is sent).
    /// </summary>
    public async Task<HubConnection> ConnectAsync(string accessToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, NotificationHubContract.Path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var uri = new UriBuilder(context.Uri) { Query = "access_token=" + Uri.EscapeDataString(accessToken) }.Uri;
                    return await Server.CreateWebSocketClient().ConnectAsync(uri, cancellationToken);
                };
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}

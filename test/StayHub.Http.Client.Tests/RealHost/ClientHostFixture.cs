using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Testing;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>
/// The real host (own database, own Redis prefix) served by Kestrel on a free loopback port, so the proxies talk to
/// it over real HTTP exactly as an outside .NET consumer would. One per collection: a host start costs seconds.
/// </summary>
public sealed class ClientHostFixture : StayHubAppFactory<Program>
{
    public const string Password = "Blue-Harbour-Lights-88";

    private readonly List<ServiceProvider> clients = [];

    public ClientHostFixture() => UseKestrel(0);

    /// <summary>Root of the API, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every Contracts assembly next to the tests (those the host is built from): their interfaces are the API.</summary>
    public static IReadOnlyList<Assembly> ContractsAssemblies { get; } = [.. Directory
        .GetFiles(AppContext.BaseDirectory, "StayHub.*.Contracts.dll")
        .Select(path => Assembly.Load(Path.GetFileNameWithoutExtension(path)))
        .Where(a => !a.GetName().Name!.Contains("Planted", StringComparison.Ordinal))
        .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)];

    /// <summary>Every application-service interface of <see cref="ContractsAssemblies"/>.</summary>
    public static IReadOnlyList<Type> ServiceTypes { get; } = [.. ContractsAssemblies.SelectMany(ApplicationServiceConventions.FindServiceTypes)];

    public override async Task InitializeAsync()
    {
        await TestDatabases.CreateAsync(ServerConnectionString, DatabaseName);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    /// <summary>Proxies of every application service, calling anonymously or signed in as <paramref name="email"/>.</summary>
    public ServiceProvider CreateClient(string? email, string? password = Password, Action<StayHubClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddStayHubClient(o =>
        {
            o.BaseAddress = BaseAddress;
            o.RetryDelay = TimeSpan.FromMilliseconds(50);
            if (email is not null)
            {
                o.Tokens = StayHubTokens.Password(email, password!);
            }

            configure?.Invoke(o);
        }).AddProxies([.. ContractsAssemblies]);
        var provider = services.BuildServiceProvider();
        lock (clients)
        {
            clients.Add(provider);
        }

        return provider;
    }

    /// <summary>Anonymous proxies.</summary>
    public ClientUser Anonymous() => new(Guid.Empty, string.Empty, string.Empty, CreateClient(null));

    /// <summary>Proxies signed in as the administrator the host seeds.</summary>
    public ClientUser Admin() => new(Guid.Empty, AdminEmail, AdminPassword, CreateClient(AdminEmail, AdminPassword));

    /// <summary>Signs <paramref name="user"/> in afresh (a new token carries roles granted since).</summary>
    public ClientUser SignInAgain(ClientUser user) => user with { Services = CreateClient(user.Email, user.Password) };

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>The server connection string the base fixture uses (it keeps its own private).</summary>
    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";
}

[CollectionDefinition(Name)]
public sealed class ClientHostCollection : ICollectionFixture<ClientHostFixture>
{
    public const string Name = "client-host";
}

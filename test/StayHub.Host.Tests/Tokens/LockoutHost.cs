using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Tokens;

/// <summary>A host whose account-wide lockout comes after 8 failures (default 50), with client addresses set per request.</summary>
public sealed class LockoutHost : StayHubAppFactory<Program>
{
    public const int FailuresPerAccount = 8;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Identity:Lockout:FailuresPerAccount"] = FailuresPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();

    public HttpClient ClientFrom(string address)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        return client;
    }
}

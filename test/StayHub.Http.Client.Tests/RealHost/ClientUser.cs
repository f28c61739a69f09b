using Microsoft.Extensions.DependencyInjection;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>A signed-in caller: their account and the proxies that call as them.</summary>
public sealed record ClientUser(Guid Id, string Email, string Password, ServiceProvider Services)
{
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();
}

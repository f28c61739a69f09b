using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StayHub.Framework.Contracts.Application;
using StayHub.Http.Client.Proxies;

namespace StayHub.Http.Client;

/// <summary>Returned by <c>AddStayHubClient</c>: adds the proxies and gives access to the underlying HTTP client.</summary>
public sealed class StayHubClientBuilder
{
    internal StayHubClientBuilder(IServiceCollection services, IHttpClientBuilder httpClient)
    {
        Services = services;
        HttpClient = httpClient;
    }

    /// <summary>The service collection the client is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The named <see cref="StayHubClientNames.Api"/> client, to add handlers or tune its primary handler.</summary>
    public IHttpClientBuilder HttpClient { get; }

    /// <summary>Registers a proxy (a singleton) for every application-service interface declared in <paramref name="assemblies"/>.</summary>
    /// <param name="assemblies">Contracts assemblies, e.g. <c>typeof(IBookingAppService).Assembly</c>.</param>
    public StayHubClientBuilder AddProxies(params Assembly[] assemblies)
    {
        foreach (var assembly in assemblies)
        {
            foreach (var serviceType in ApplicationServiceConventions.FindServiceTypes(assembly))
            {
                AddProxy(serviceType);
            }
        }

        return this;
    }

    /// <summary>Registers a proxy (a singleton) for one application-service interface.</summary>
    /// <typeparam name="TService">The interface.</typeparam>
    public StayHubClientBuilder AddProxy<TService>()
        where TService : class, IApplicationService => AddProxy(typeof(TService));

    /// <summary>Registers a proxy (a singleton) for one application-service interface.</summary>
    /// <param name="serviceType">The interface.</param>
    public StayHubClientBuilder AddProxy(Type serviceType)
    {
        // Described now, so an interface that breaks a convention fails at registration, not at its first call.
        ApplicationServiceConventions.Describe(serviceType);
        Services.TryAddSingleton(serviceType, sp => ServiceProxy.Create(serviceType, new ServiceInvoker(serviceType, sp.GetRequiredService<ProxyTransport>())));
        return this;
    }
}

using Castle.DynamicProxy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Application;

public static class ApplicationServiceCollectionExtensions
{
    // One generator for the process: it caches the proxy types it emits.
    private static readonly ProxyGenerator Generator = new();

    /// <summary>
    /// Registers <typeparamref name="TImplementation"/> as the module's implementation of
    /// <typeparamref name="TService"/>: whoever resolves the interface (an endpoint, another module, a test) gets it
    /// behind <see cref="ApplicationServicePolicyInterceptor"/>, so the permission and validation rules of the
    /// interface run on every call. The class itself stays resolvable for the module's own internals (event
    /// handlers, jobs) that act for the system rather than a caller. A stateless implementation may be a singleton
    /// (<paramref name="implementationLifetime"/>); the proxy is per scope, as the caller it checks is.
    /// </summary>
    public static IServiceCollection AddApplicationService<TService, TImplementation>(
        this IServiceCollection services, ServiceLifetime implementationLifetime = ServiceLifetime.Scoped)
        where TService : class, IApplicationService
        where TImplementation : class, TService
    {
        // Fails at start, not at the first call, when the interface breaks a convention.
        _ = ApplicationServiceConventions.Describe(typeof(TService));
        services.TryAdd(new ServiceDescriptor(typeof(TImplementation), typeof(TImplementation), implementationLifetime));
        services.TryAddScoped<ApplicationServicePolicyInterceptor>();
        services.AddScoped<TService>(sp => Generator.CreateInterfaceProxyWithTargetInterface<TService>(
            sp.GetRequiredService<TImplementation>(),
            sp.GetRequiredService<ApplicationServicePolicyInterceptor>().ToInterceptor()));
        services.AddSingleton(new ApplicationServiceRegistration(typeof(TService), typeof(TImplementation)));
        return services;
    }
}

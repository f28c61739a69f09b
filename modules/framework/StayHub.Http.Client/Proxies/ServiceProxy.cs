using System.Reflection;

namespace StayHub.Http.Client.Proxies;

/// <summary>
/// The runtime class behind every proxied interface: <see cref="DispatchProxy"/> routes each interface call here, and
/// the <see cref="ServiceInvoker"/> turns it into an HTTP request. Not sealed because DispatchProxy derives from it.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy.Create emits a subclass at run time.
internal class ServiceProxy : DispatchProxy
#pragma warning restore CA1852
{
    private ServiceInvoker? invoker;

    public static object Create(Type serviceType, ServiceInvoker invoker)
    {
        var proxy = (ServiceProxy)DispatchProxy.Create(serviceType, typeof(ServiceProxy));
        proxy.invoker = invoker;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var current = invoker ?? throw new InvalidOperationException("The proxy was not initialised.");
        return current.Invoke(targetMethod, args ?? []);
    }
}

using System.Reflection;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Http.Client.Proxies;

/// <summary>
/// Calls of one application-service interface: finds the method's descriptor and adapts the awaited HTTP exchange to the
/// method's return type (Task, Task&lt;T&gt;, ValueTask, ValueTask&lt;T&gt;). The adapters are built once per method.
/// </summary>
internal sealed class ServiceInvoker
{
    private static readonly MethodInfo SendTyped = typeof(ServiceInvoker).GetMethod(nameof(SendAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo WrapValueTaskTyped = typeof(ServiceInvoker).GetMethod(nameof(AsValueTask), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<MethodInfo, Func<object?[], object?>> calls = [];
    private readonly ProxyTransport transport;

    public ServiceInvoker(Type serviceType, ProxyTransport transport)
    {
        this.transport = transport;
        Descriptor = ApplicationServiceConventions.Describe(serviceType);
        foreach (var method in Descriptor.Methods)
        {
            calls[method.Method] = Adapter(method);
        }
    }

    public ApplicationServiceDescriptor Descriptor { get; }

    public object? Invoke(MethodInfo method, object?[] args) =>
        calls.TryGetValue(method, out var call)
            ? call(args)
            : throw new NotSupportedException($"{method.DeclaringType?.Name}.{method.Name} is not an application-service method of {Descriptor.ServiceType.Name}.");

    private Func<object?[], object?> Adapter(ApplicationMethodDescriptor method)
    {
        var returnType = method.Method.ReturnType;
        if (method.ResultType is null)
        {
            return returnType == typeof(ValueTask)
                ? args => new ValueTask(SendAsync<NoResult>(method, args))
                : args => (Task)SendAsync<NoResult>(method, args);
        }

        var send = SendTyped.MakeGenericMethod(method.ResultType);
        if (returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var wrap = WrapValueTaskTyped.MakeGenericMethod(method.ResultType);
            return args => wrap.Invoke(null, [send.Invoke(this, [method, args])]);
        }

        return args => send.Invoke(this, [method, args]);
    }

    private Task<T> SendAsync<T>(ApplicationMethodDescriptor method, object?[] args) => transport.SendAsync<T>(method, args);

    private static ValueTask<T> AsValueTask<T>(Task<T> task) => new(task);
}

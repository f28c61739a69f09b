using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Http.Application;

/// <summary>The application services this host serves over HTTP, in the order they were mapped (for <c>/api/definition</c>).</summary>
public sealed class ApplicationServiceEndpointRegistry
{
    private readonly List<ApplicationServiceDescriptor> _services = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<ApplicationServiceDescriptor> Services
    {
        get
        {
            lock (_gate)
            {
                return [.. _services];
            }
        }
    }

    internal void Add(ApplicationServiceDescriptor service)
    {
        lock (_gate)
        {
            if (_services.Any(s => s.ServiceType == service.ServiceType))
            {
                throw new InvalidOperationException($"{service.ServiceType.Name} is mapped twice.");
            }

            _services.Add(service);
        }
    }
}

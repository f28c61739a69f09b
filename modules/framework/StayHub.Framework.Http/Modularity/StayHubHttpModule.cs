using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Modularity;

namespace StayHub.Framework.Http.Modularity;

/// <summary>A module's HTTP layer: its services (inherited) plus the endpoint groups it maps.</summary>
public abstract class StayHubHttpModule : StayHubModule
{
    public abstract void MapEndpoints(IEndpointRouteBuilder endpoints);
}

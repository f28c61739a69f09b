using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Http.Client.Tests.Loopback;

/// <summary>A made-up service that exercises every binding and result shape the conventions produce, served by <see cref="LoopbackServer"/>.</summary>
[ApplicationService("api/probes")]
public interface IProbeAppService : IApplicationService
{
    /// <summary>POST /api/probes, idempotent, 201.</summary>
    [Idempotent]
    [Created("/api/probes/{id}")]
    Task<ProbeDto> CreateProbeAsync(ProbeInput input, CancellationToken cancellationToken);

    /// <summary>POST /api/probes/{id}/send: not idempotent, never retried.</summary>
    Task<ProbeDto> SendProbeAsync(Guid id, ProbeInput input, CancellationToken cancellationToken);

    /// <summary>GET /api/probes/{id}.</summary>
    Task<ProbeDto> GetProbeAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>GET /api/probes?… from a query record.</summary>
    Task<CursorPage<ProbeDto>> ListProbesAsync(ProbeQuery query, CancellationToken cancellationToken);

    /// <summary>GET /api/probes/by-name/{name}?day&amp;tag with simple query values.</summary>
    [Get("by-name/{name}")]
    Task<ProbeDto?> FindProbeAsync(string name, DateOnly day, string? tag, CancellationToken cancellationToken);

    /// <summary>DELETE /api/probes/{id} → 204.</summary>
    Task DeleteProbeAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>PUT /api/probes/{id}/file, multipart.</summary>
    [Put("{id}/file")]
    Task<ProbeDto> UpdateProbeFileAsync(Guid id, [Upload("file", 10_000)] RemoteStreamContent file, CancellationToken cancellationToken);

    /// <summary>GET /api/probes/count as a ValueTask.</summary>
    [Get("count")]
    ValueTask<int> CountProbesAsync(CancellationToken cancellationToken);
}

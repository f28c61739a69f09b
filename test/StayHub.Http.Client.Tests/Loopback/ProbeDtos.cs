namespace StayHub.Http.Client.Tests.Loopback;

/// <summary>Body of the probe calls.</summary>
public sealed record ProbeInput(string Name, DateOnly Day, ProbeKind Kind, string? Note);

/// <summary>What the probe calls answer.</summary>
public sealed record ProbeDto(Guid Id, string Name, ProbeKind Kind);

/// <summary>Query record of <see cref="IProbeAppService.ListProbesAsync"/>.</summary>
public sealed record ProbeQuery(string? Q, DateOnly? From, int? PageSize, ProbeKind? Kind, bool? Open);

/// <summary>An enum travelling as a camelCase string.</summary>
public enum ProbeKind
{
    Plain,
    VeryLoud,
}

using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Metrics;

/// <summary>A host with <c>Metrics__Enabled=true</c> (the shared host keeps the default, off).</summary>
public sealed class MetricsEnabledFixture : StayHubAppFactory<Program>
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Metrics:Enabled"] = "true" };
}

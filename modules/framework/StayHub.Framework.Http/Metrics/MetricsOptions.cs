namespace StayHub.Framework.Http.Metrics;

/// <summary>Configuration section <c>Metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The Prometheus scraping path.</summary>
    public const string Path = "/metrics";

    /// <summary>
    /// Serve ASP.NET Core and .NET runtime metrics (OpenTelemetry) in Prometheus' text format at <see cref="Path"/>.
    /// Off by default: the page is anonymous, so switch it on only where the network keeps it from the public.
    /// </summary>
    public bool Enabled { get; set; }
}

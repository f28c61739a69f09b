using System.Globalization;

namespace BookingLoad;

/// <summary>Latencies (ms, from each request's due time) and answers of one paced run.</summary>
internal sealed record PacedResult(string Label, double Rate, double Seconds, double[] LatenciesMs, int Created, int Other, double LateSendMaxMs)
{
    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>One line the bench script greps: PACED label=… rate=… p50_ms=… p99_ms=… max_ms=….</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"PACED label={Label} rate={Rate:0} sent={LatenciesMs.Length} created={Created} other={Other} achieved_per_s={Created / Seconds:0} " +
        $"p50_ms={Percentile(50):0.0} p99_ms={Percentile(99):0.0} max_ms={(LatenciesMs.Length == 0 ? double.NaN : LatenciesMs.Max()):0.0} " +
        $"generator_late_max_ms={LateSendMaxMs:0.0}");
}

using System.Globalization;

namespace NotificationsLoad;

/// <summary>What notifications.sh passes in the environment.</summary>
internal sealed record BenchSettings(
    Uri BaseUrl,
    string ConnectionString,
    int Clients,
    int Rate,
    TimeSpan Duration,
    TimeSpan Warmup,
    int HostPid,
    int RedisPid,
    double TargetP99Ms,
    double TargetRssMb)
{
    public static BenchSettings FromEnvironment() => new(
        new Uri(Required("BENCH_URL")),
        Required("BENCH_DB"),
        Int("CLIENTS", 2000),
        Int("RATE", 200),
        TimeSpan.FromSeconds(Int("DURATION", 30)),
        TimeSpan.FromSeconds(Int("WARMUP", 10)),
        Int("HOST_PID", 0),
        Int("REDIS_PID", 0),
        250,
        500);

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set (run etc/bench/notifications.sh).");

    private static int Int(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

using System.Diagnostics;

namespace ClusterScenarios;

/// <summary>Kills and starts nodes and services through etc/cluster.sh, each call bounded in time.</summary>
internal sealed class ClusterControl(string script)
{
    public Task KillNodeAsync(int index, CancellationToken ct) => RunAsync(["node-kill", index.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(30), ct);

    public Task StartNodeAsync(int index, CancellationToken ct) => RunAsync(["node-start", index.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(240), ct);

    public Task RestartPostgresAsync(int secondsDown, CancellationToken ct) =>
        RunAsync(["pg-restart", secondsDown.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(180), ct);

    public Task StopRedisAsync(CancellationToken ct) => RunAsync(["redis-stop"], TimeSpan.FromSeconds(30), ct);

    public Task StartRedisAsync(CancellationToken ct) => RunAsync(["redis-start"], TimeSpan.FromSeconds(120), ct);

    private async Task RunAsync(string[] args, TimeSpan limit, CancellationToken ct)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = false, RedirectStandardOutput = false };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"etc/cluster.sh {string.Join(' ', args)} took longer than {limit.TotalSeconds:F0} s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"etc/cluster.sh {string.Join(' ', args)} exited with {process.ExitCode}");
        }
    }
}

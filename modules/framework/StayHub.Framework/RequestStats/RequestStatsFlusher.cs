using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StayHub.Framework.RequestStats;

/// <summary>
/// Flushes the recorder every <see cref="RequestStatsOptions.FlushInterval"/>, and once more when the host stops (after
/// the web server drained its requests, since it was registered before the modules' services). A failed flush keeps
/// its counts for the next one.
/// </summary>
internal sealed class RequestStatsFlusher(
    RequestStatsRecorder recorder,
    IOptions<RequestStatsOptions> options,
    TimeProvider clock,
    ILogger<RequestStatsFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushLoggingFailuresAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last flush follows in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushLoggingFailuresAsync(cancellationToken);
    }

    private async Task FlushLoggingFailuresAsync(CancellationToken cancellationToken)
    {
        try
        {
            await recorder.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Request figures not stored; they are kept for the next flush");
        }
    }
}

using Quartz;
using StayHub.Payments.Domain;
using StayHub.Payments.Persistence;

namespace StayHub.Payments.Application;

/// <summary>Sends host payouts that have come due (Quartz, clustered: one node runs each firing).</summary>
[DisallowConcurrentExecution]
internal sealed class ReleasePayoutsJob(PayoutAppService payouts, TimeProvider clock) : IJob
{
    public const string Key = "payments.release-payouts";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await payouts.ReleaseDueAsync(clock.GetUtcNow(), cancellationToken);
}

using Quartz;

namespace StayHub.Reviews.Application.Publishing;

/// <summary>Publishes reviews whose window has closed (Quartz, clustered: one node runs each firing).</summary>
[DisallowConcurrentExecution]
internal sealed class PublishDueReviewsJob(ReviewMaintenance maintenance) : IJob
{
    public const string Key = "reviews.publish-due";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // A full batch means more may be waiting; keep going rather than leave them hidden until the next firing.
        while (await maintenance.PublishDueAsync(cancellationToken) == ReviewMaintenance.BatchSize)
        {
        }
    }
}

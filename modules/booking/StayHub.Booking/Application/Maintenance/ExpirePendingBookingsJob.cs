using Quartz;

namespace StayHub.Booking.Application.Maintenance;

/// <summary>Cancels pending bookings past their expiry (Quartz, clustered: one node runs each firing).</summary>
[DisallowConcurrentExecution]
internal sealed class ExpirePendingBookingsJob(BookingMaintenance maintenance) : IJob
{
    public const string Key = "booking.expire-pending";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // A full batch means more may be waiting; keep going rather than leave dates held until the next firing.
        while (await maintenance.ExpirePendingAsync(cancellationToken) == BookingMaintenance.BatchSize)
        {
        }
    }
}

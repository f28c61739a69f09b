using StayHub.Booking.Contracts;
using StayHub.Framework.Domain;
using StayHub.Notifications.Domain;

namespace StayHub.Notifications.Tests;

public sealed class BookingSnapshotStatusTests
{
    [Fact]
    public void The_snapshots_statuses_are_spelled_as_bookings_contract_publishes_them() =>
        EnumText.AllOf<BookingSnapshotStatus>().ShouldBe(BookingStatuses.All, ignoreOrder: true);

    [Fact]
    public void A_final_status_is_never_overwritten_by_an_earlier_event_arriving_late()
    {
        var now = DateTimeOffset.UtcNow;
        var snapshot = BookingSnapshot.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 5), "EUR", 28_000, now);
        snapshot.MoveTo(BookingSnapshotStatus.Confirmed, now);
        snapshot.Status.ShouldBe(BookingSnapshotStatus.Confirmed);

        snapshot.MoveTo(BookingSnapshotStatus.Cancelled, now);
        snapshot.MoveTo(BookingSnapshotStatus.Confirmed, now);

        snapshot.Status.ShouldBe(BookingSnapshotStatus.Cancelled);
    }
}

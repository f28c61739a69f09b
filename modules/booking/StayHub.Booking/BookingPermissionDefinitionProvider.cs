using StayHub.Booking.Contracts;
using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts;

namespace StayHub.Booking;

internal sealed class BookingPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) => context
        .Group("Booking", "Booking")
        .Group("Booking.Bookings", "Bookings")
        .Add(BookingPermissions.BookingsManage, "See and cancel every booking", Roles.Admin);
}

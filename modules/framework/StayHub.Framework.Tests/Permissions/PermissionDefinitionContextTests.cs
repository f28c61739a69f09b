using StayHub.Framework.Permissions;

namespace StayHub.Framework.Tests.Permissions;

public sealed class PermissionDefinitionContextTests
{
    [Fact]
    public void Add_records_name_display_name_and_default_roles()
    {
        var context = new PermissionDefinitionContext()
            .Add("Booking.Bookings.Cancel", "Cancel bookings", "admin", "support")
            .Add("Booking.Bookings.View", "View bookings");

        context.Definitions.Count.ShouldBe(2);
        var cancel = context.Definitions.Single(d => d.Name == "Booking.Bookings.Cancel");
        cancel.DisplayName.ShouldBe("Cancel bookings");
        cancel.DefaultRoles.ShouldBe(["admin", "support"]);
        context.Definitions.Single(d => d.Name == "Booking.Bookings.View").DefaultRoles.ShouldBeEmpty();
    }

    [Fact]
    public void Add_of_a_name_twice_throws_and_names_it()
    {
        var context = new PermissionDefinitionContext().Add("Listings.Listings.Edit", "Edit listings");

        var ex = Should.Throw<InvalidOperationException>(() => context.Add("Listings.Listings.Edit", "Edit listings again"));

        ex.Message.ShouldContain("'Listings.Listings.Edit'");
        context.Definitions.ShouldHaveSingleItem().DisplayName.ShouldBe("Edit listings");
    }
}

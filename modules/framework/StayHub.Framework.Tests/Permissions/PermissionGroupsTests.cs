using StayHub.Framework.Permissions;

namespace StayHub.Framework.Tests.Permissions;

/// <summary>Module and group of a permission, their display names, and parents (what the permission console shows).</summary>
public sealed class PermissionGroupsTests
{
    private sealed class Provider(Action<PermissionDefinitionContext> define) : IPermissionDefinitionProvider
    {
        public void Define(PermissionDefinitionContext context) => define(context);
    }

    [Fact]
    public void Module_and_group_come_from_the_name_and_named_groups_keep_their_display_names()
    {
        var manager = new PermissionDefinitionManager([new Provider(c => c
            .Group("Identity.Users", "People")
            .Add("Identity.Users.Read", "Read users")
            .AddChild("Identity.Users.Read", "Identity.Users.Manage", "Manage users", "admin"))]);

        var manage = manager.Find("Identity.Users.Manage").ShouldNotBeNull();
        manage.Module.ShouldBe("Identity");
        manage.Group.ShouldBe("Identity.Users");
        manage.Parent.ShouldBe("Identity.Users.Read");
        manage.DefaultRoles.ShouldBe(["admin"]);
        manager.Find("Identity.Users.Read")!.Parent.ShouldBeNull();
        manager.GroupDisplayName("Identity.Users").ShouldBe("People");
        manager.GroupDisplayName("Identity").ShouldBe("Identity", "an unnamed module shows its name");
        manager.GroupDisplayName("Booking.Bookings").ShouldBe("Bookings", "an unnamed group shows its last part");
    }

    [Fact]
    public void A_child_needs_a_parent_defined_before_it_in_the_same_group()
    {
        Should.Throw<InvalidOperationException>(() => new PermissionDefinitionManager([new Provider(c => c
            .AddChild("Identity.Users.Read", "Identity.Users.Manage", "Manage users"))]))
            .Message.ShouldContain("Identity.Users.Read");
        Should.Throw<InvalidOperationException>(() => new PermissionDefinitionManager([new Provider(c => c
            .Add("Identity.Users.Read", "Read users")
            .AddChild("Identity.Users.Read", "Identity.Roles.Manage", "Manage roles"))]))
            .Message.ShouldContain("different groups");
    }

    [Fact]
    public void A_group_named_twice_fails_fast()
    {
        Should.Throw<InvalidOperationException>(() => new PermissionDefinitionManager([new Provider(c => c
            .Group("Identity", "Identity")
            .Group("Identity", "Accounts"))]))
            .Message.ShouldContain("Identity");
    }
}

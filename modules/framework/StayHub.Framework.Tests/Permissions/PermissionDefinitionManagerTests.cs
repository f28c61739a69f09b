using StayHub.Framework.Permissions;

namespace StayHub.Framework.Tests.Permissions;

public sealed class PermissionDefinitionManagerTests
{
    private sealed class Provider(params (string Name, string[] Roles)[] permissions) : IPermissionDefinitionProvider
    {
        public void Define(PermissionDefinitionContext context)
        {
            foreach (var (name, roles) in permissions)
            {
                context.Add(name, $"{name} display", roles);
            }
        }
    }

    [Fact]
    public void Collects_the_permissions_of_every_provider()
    {
        var manager = new PermissionDefinitionManager(
        [
            new Provider(("Booking.Bookings.View", ["admin"]), ("Booking.Bookings.Cancel", [])),
            new Provider(("Listings.Listings.Edit", ["admin", "host"])),
        ]);

        manager.All.Select(d => d.Name).ShouldBe(["Booking.Bookings.View", "Booking.Bookings.Cancel", "Listings.Listings.Edit"], ignoreOrder: true);
    }

    [Fact]
    public void Find_returns_the_definition_by_exact_name()
    {
        var manager = new PermissionDefinitionManager([new Provider(("Listings.Listings.Edit", ["admin", "host"]))]);

        var found = manager.Find("Listings.Listings.Edit").ShouldNotBeNull();
        found.DisplayName.ShouldBe("Listings.Listings.Edit display");
        found.DefaultRoles.ShouldBe(["admin", "host"]);
    }

    [Theory]
    [InlineData("Listings.Listings.Delete")]
    [InlineData("listings.listings.edit")]
    [InlineData("")]
    public void Find_of_an_undefined_name_is_null(string name)
    {
        var manager = new PermissionDefinitionManager([new Provider(("Listings.Listings.Edit", []))]);

        manager.Find(name).ShouldBeNull();
    }

    [Fact]
    public void Two_providers_defining_the_same_name_fail_fast()
    {
        var ex = Should.Throw<InvalidOperationException>(() => new PermissionDefinitionManager(
        [
            new Provider(("Admin.Users.Lock", [])),
            new Provider(("Admin.Users.Lock", ["admin"])),
        ]));

        ex.Message.ShouldContain("Admin.Users.Lock");
    }

    [Fact]
    public void No_providers_means_no_permissions()
    {
        var manager = new PermissionDefinitionManager([]);

        manager.All.ShouldBeEmpty();
        manager.Find("Anything").ShouldBeNull();
    }
}

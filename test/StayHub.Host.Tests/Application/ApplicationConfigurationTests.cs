using System.Net.Http.Json;
using System.Text.Json;
using StayHub.Framework.Contracts.Application;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Application;

[Collection(HostCollection.Name)]
public sealed class ApplicationConfigurationTests(HostFixture host)
{
    [Fact]
    public async Task Anonymous_callers_are_told_they_are_anonymous_and_hold_nothing()
    {
        var configuration = await host.CreateClient().GetFromJsonAsync<ApplicationConfigurationDto>("/api/configuration", JsonSerializerOptions.Web);

        configuration!.CurrentUser.IsAuthenticated.ShouldBeFalse();
        configuration.CurrentUser.Id.ShouldBeNull();
        configuration.GrantedPermissions.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_guest_sees_themselves_and_no_admin_permission()
    {
        var guest = await host.CreateUserAsync("Configured Guest");

        var configuration = await guest.Client.GetFromJsonAsync<ApplicationConfigurationDto>("/api/configuration", JsonSerializerOptions.Web);

        configuration!.CurrentUser.ShouldSatisfyAllConditions(
            u => u.IsAuthenticated.ShouldBeTrue(),
            u => u.Id.ShouldBe(guest.Id),
            u => u.Email.ShouldBe(guest.Email),
            u => u.DisplayName.ShouldBe("Configured Guest"),
            u => u.Roles.ShouldBe(["guest"]));
        configuration.GrantedPermissions.ShouldNotContain("Booking.Bookings.Manage");
    }

    [Fact]
    public async Task An_admin_is_granted_the_admin_permissions()
    {
        var admin = await host.CreateAdminClientAsync();

        var configuration = await admin.GetFromJsonAsync<ApplicationConfigurationDto>("/api/configuration", JsonSerializerOptions.Web);

        configuration!.CurrentUser.Roles.ShouldContain("admin");
        configuration.GrantedPermissions.ShouldContain("Booking.Bookings.Manage");
        configuration.GrantedPermissions.ShouldContain("Identity.Users.Read");
        configuration.GrantedPermissions.ShouldBe(configuration.GrantedPermissions.Order(StringComparer.Ordinal).ToList());
    }
}

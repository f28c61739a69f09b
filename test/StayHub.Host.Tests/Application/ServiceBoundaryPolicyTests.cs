using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Http.Security;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Application;

/// <summary>
/// Permission and validation are the service's, not the endpoint's: an in-process caller resolving the interface
/// from DI meets the same checks an HTTP caller does.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ServiceBoundaryPolicyTests(HostFixture host)
{
    [Fact]
    public async Task Without_a_caller_an_authorized_method_is_refused_with_401()
    {
        using var scope = host.Services.CreateScope();
        var bookings = scope.ServiceProvider.GetRequiredService<IBookingAppService>();

        var error = await Should.ThrowAsync<StayHubException>(() => bookings.GetBookingAsync(Guid.NewGuid(), CancellationToken.None));

        error.Kind.ShouldBe(ErrorKind.Unauthorized);
    }

    [Fact]
    public async Task A_guest_calling_the_admin_service_in_process_is_refused_with_403()
    {
        var guest = await host.CreateUserAsync();
        using var scope = host.Services.CreateScope();
        SignIn(scope, guest.Id, "guest");
        var admin = scope.ServiceProvider.GetRequiredService<IBookingAdminAppService>();

        var error = await Should.ThrowAsync<StayHubException>(() => admin.CancelBookingAsync(Guid.NewGuid(), null, CancellationToken.None));

        error.Kind.ShouldBe(ErrorKind.Forbidden);
    }

    [Fact]
    public async Task An_admin_in_process_passes_the_permission_and_meets_the_implementation()
    {
        using var scope = host.Services.CreateScope();
        SignIn(scope, Guid.NewGuid(), "admin");
        var admin = scope.ServiceProvider.GetRequiredService<IBookingAdminAppService>();

        // Past the permission, the implementation itself answers: there is no such booking.
        var error = await Should.ThrowAsync<StayHubException>(() => admin.CancelBookingAsync(Guid.NewGuid(), null, CancellationToken.None));

        error.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public async Task Arguments_are_validated_in_process_with_the_same_field_names_as_over_HTTP()
    {
        using var scope = host.Services.CreateScope();
        var bookings = scope.ServiceProvider.GetRequiredService<IBookingAppService>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var error = await Should.ThrowAsync<RequestValidationException>(() =>
            bookings.QuoteBookingAsync(new QuoteRequest(Guid.NewGuid(), today.AddDays(10), today.AddDays(5), 0), CancellationToken.None));

        error.Errors.Keys.ShouldContain("guests");
        error.Errors.Keys.ShouldContain("checkOut");
    }

    private static void SignIn(IServiceScope scope, Guid userId, string role)
    {
        var identity = new ClaimsIdentity([new Claim(StayHubClaims.Subject, userId.ToString()), new Claim(StayHubClaims.Role, role)], "test");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }
}

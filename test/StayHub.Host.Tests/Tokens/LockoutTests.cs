using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Tokens;

[Collection(HostCollection.Name)]
public sealed class LockoutTests(HostFixture host)
{
    private const int MaxFailures = 5;

    private async Task FailAsync(TestUser user, int times)
    {
        var client = host.CreateClient();
        for (var i = 0; i < times; i++)
        {
            var response = await client.PasswordGrantAsync(user.Email, $"Wrong-Password-{i}-{Guid.NewGuid():N}");
            response.Status.ShouldBe(HttpStatusCode.BadRequest);
            response.Error.ShouldBe("invalid_grant");
        }
    }

    private Task<int?> FailedCountAsync(Guid userId) =>
        host.ScalarAsync<int?>("select access_failed_count from identity.users where id = @id", ("id", userId));

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var user = await host.CreateUserAsync();

        await FailAsync(user, MaxFailures);
        var withRightPassword = await host.CreateClient().PasswordGrantAsync(user.Email, user.Password);

        withRightPassword.Status.ShouldBe(HttpStatusCode.BadRequest);
        withRightPassword.Error.ShouldBe("invalid_grant");
        withRightPassword.AccessToken.ShouldBeNull();
        var lockoutEnd = await host.ScalarAsync<DateTime?>("select lockout_end from identity.users where id = @id", ("id", user.Id));
        lockoutEnd.ShouldNotBeNull();
        lockoutEnd.Value.ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(10), "the lockout lasts 15 minutes");
        lockoutEnd.Value.ShouldBeLessThan(DateTime.UtcNow.AddMinutes(16));
    }

    [Fact]
    public async Task Locked_out_user_answers_like_a_wrong_password()
    {
        var user = await host.CreateUserAsync();
        var wrong = await host.CreateClient().PasswordGrantAsync(user.Email, "Not-The-Password-123");
        await FailAsync(user, MaxFailures - 1);

        var locked = await host.CreateClient().PasswordGrantAsync(user.Email, user.Password);

        locked.Error.ShouldBe("invalid_grant");
        locked.ErrorDescription.ShouldBe(wrong.ErrorDescription, "a lockout must not be told apart from a wrong password");
    }

    [Fact]
    public async Task Admin_user_list_shows_the_locked_out_user()
    {
        var user = await host.CreateUserAsync();
        var bystander = await host.CreateUserAsync();
        var admin = await host.CreateAdminClientAsync();

        await FailAsync(user, MaxFailures);

        var locked = await ListAsync(admin, user.Email);
        var unlocked = await ListAsync(admin, bystander.Email);
        locked.Id.ShouldBe(user.Id);
        locked.LockedOut.ShouldBeTrue();
        unlocked.Id.ShouldBe(bystander.Id);
        unlocked.LockedOut.ShouldBeFalse();
    }

    [Fact]
    public async Task Refresh_token_issued_before_the_lockout_is_rejected_while_locked()
    {
        var user = await host.CreateUserAsync();
        (await host.CreateClient().RefreshGrantAsync(user.RefreshToken)).ShouldSucceed().RefreshToken.ShouldNotBeNull();
        var beforeLockout = (await host.CreateClient().PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();

        await FailAsync(user, MaxFailures);
        var refresh = await host.CreateClient().RefreshGrantAsync(beforeLockout.RefreshToken!);

        refresh.Status.ShouldBe(HttpStatusCode.BadRequest);
        refresh.Error.ShouldBe("invalid_grant");
        refresh.AccessToken.ShouldBeNull();
    }

    [Fact]
    public async Task Another_users_failures_do_not_affect_anyone_else()
    {
        var victim = await host.CreateUserAsync();
        var other = await host.CreateUserAsync();

        await FailAsync(victim, MaxFailures);

        (await host.CreateClient().PasswordGrantAsync(other.Email, other.Password)).ShouldSucceed();
        (await host.CreateClient().RefreshGrantAsync(other.RefreshToken)).ShouldSucceed();
        (await FailedCountAsync(other.Id)).ShouldBe(0);
        (await host.ScalarAsync<DateTime?>("select lockout_end from identity.users where id = @id", ("id", other.Id))).ShouldBeNull();
    }

    [Fact]
    public async Task A_correct_sign_in_after_four_failures_resets_the_counter()
    {
        var user = await host.CreateUserAsync();

        await FailAsync(user, MaxFailures - 1);
        (await FailedCountAsync(user.Id)).ShouldBe(MaxFailures - 1);
        (await host.CreateClient().PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        (await FailedCountAsync(user.Id)).ShouldBe(0);

        // Four more failures are again below the threshold: the earlier four no longer count.
        await FailAsync(user, MaxFailures - 1);
        (await host.CreateClient().PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        (await host.ScalarAsync<DateTime?>("select lockout_end from identity.users where id = @id", ("id", user.Id))).ShouldBeNull();
    }

    private static async Task<UserSummaryDto> ListAsync(HttpClient admin, string email)
    {
        using var response = await admin.GetAsync(new Uri($"/api/admin/users?q={Uri.EscapeDataString(email)}", UriKind.Relative));
        var page = await response.ShouldBeJsonAsync<CursorPage<UserSummaryDto>>();
        return page.Items.ShouldHaveSingleItem();
    }
}

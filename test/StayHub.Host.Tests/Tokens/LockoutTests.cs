using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Tokens;

/// <summary>
/// Five failures from one address close the account to that address; guessing spread over many addresses locks the
/// account itself, at a higher count (8 here, 50 by default), so nobody can lock someone else out cheaply.
/// </summary>
public sealed class LockoutTests(LockoutHost host) : IClassFixture<LockoutHost>
{
    private const int MaxFailures = 5;
    private const string Guesser = "203.0.113.7";
    private const string Owner = "198.51.100.20";

    private async Task<TestUser> CreateUserAsync()
    {
        var email = $"lock-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        var client = host.CreateClient();
        var profile = await (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, password, "Lou")))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        var token = (await client.PasswordGrantAsync(email, password)).ShouldSucceed();
        return new TestUser(profile.Id, email, password, client, token.RefreshToken!);
    }

    private async Task FailAsync(TestUser user, int times, string from = Guesser)
    {
        var client = host.ClientFrom(from);
        for (var i = 0; i < times; i++)
        {
            var response = await client.PasswordGrantAsync(user.Email, $"Wrong-Password-{i}-{Guid.NewGuid():N}");
            response.Status.ShouldBe(HttpStatusCode.BadRequest);
            response.Error.ShouldBe("invalid_grant");
        }
    }

    private Task<int?> FailedCountAsync(Guid userId) =>
        host.ScalarAsync<int?>("select access_failed_count from identity.users where id = @id", ("id", userId));

    private Task<DateTime?> LockoutEndAsync(Guid userId) =>
        host.ScalarAsync<DateTime?>("select lockout_end from identity.users where id = @id", ("id", userId));

    [Fact]
    public async Task Five_failures_close_the_account_to_that_address_even_against_the_right_password_but_not_to_its_owner()
    {
        var user = await CreateUserAsync();

        await FailAsync(user, MaxFailures);
        var guesser = await host.ClientFrom(Guesser).PasswordGrantAsync(user.Email, user.Password);
        var owner = await host.ClientFrom(Owner).PasswordGrantAsync(user.Email, user.Password);

        guesser.Status.ShouldBe(HttpStatusCode.BadRequest);
        guesser.Error.ShouldBe("invalid_grant");
        guesser.AccessToken.ShouldBeNull();
        owner.ShouldSucceed();
        (await LockoutEndAsync(user.Id)).ShouldBeNull("five failures from one address do not lock the account for everyone");
    }

    [Fact]
    public async Task Locked_out_user_answers_like_a_wrong_password()
    {
        var user = await CreateUserAsync();
        var wrong = await host.ClientFrom(Guesser).PasswordGrantAsync(user.Email, "Not-The-Password-123");
        await FailAsync(user, MaxFailures - 1);

        var locked = await host.ClientFrom(Guesser).PasswordGrantAsync(user.Email, user.Password);

        locked.Error.ShouldBe("invalid_grant");
        locked.ErrorDescription.ShouldBe(wrong.ErrorDescription, "a lockout must not be told apart from a wrong password");
    }

    [Fact]
    public async Task Guessing_spread_over_many_addresses_locks_the_account_itself_for_fifteen_minutes()
    {
        var user = await CreateUserAsync();
        var admin = await host.CreateClient().AuthenticateAsync(LockoutHost.AdminEmail, LockoutHost.AdminPassword);

        await FailAsync(user, 4, from: "203.0.113.1");
        await FailAsync(user, 4, from: "203.0.113.2");
        var owner = await host.ClientFrom(Owner).PasswordGrantAsync(user.Email, user.Password);

        owner.Error.ShouldBe("invalid_grant");
        var lockoutEnd = await LockoutEndAsync(user.Id);
        lockoutEnd.ShouldNotBeNull();
        lockoutEnd.Value.ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(10), "the lockout lasts 15 minutes");
        lockoutEnd.Value.ShouldBeLessThan(DateTime.UtcNow.AddMinutes(16));
        (await ListAsync(admin, user.Email)).LockedOut.ShouldBeTrue();
    }

    [Fact]
    public async Task Refresh_token_issued_before_the_lockout_is_rejected_while_locked()
    {
        var user = await CreateUserAsync();
        (await host.CreateClient().RefreshGrantAsync(user.RefreshToken)).ShouldSucceed().RefreshToken.ShouldNotBeNull();
        var beforeLockout = (await host.CreateClient().PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();

        await FailAsync(user, 4, from: "203.0.113.3");
        await FailAsync(user, 4, from: "203.0.113.4");
        var refresh = await host.CreateClient().RefreshGrantAsync(beforeLockout.RefreshToken!);

        refresh.Status.ShouldBe(HttpStatusCode.BadRequest);
        refresh.Error.ShouldBe("invalid_grant");
        refresh.AccessToken.ShouldBeNull();
    }

    [Fact]
    public async Task Another_users_failures_do_not_affect_anyone_else()
    {
        var victim = await CreateUserAsync();
        var other = await CreateUserAsync();

        await FailAsync(victim, MaxFailures);

        (await host.CreateClient().PasswordGrantAsync(other.Email, other.Password)).ShouldSucceed();
        (await host.CreateClient().RefreshGrantAsync(other.RefreshToken)).ShouldSucceed();
        (await FailedCountAsync(other.Id)).ShouldBe(0);
        (await host.ScalarAsync<DateTime?>("select lockout_end from identity.users where id = @id", ("id", other.Id))).ShouldBeNull();
    }

    [Fact]
    public async Task A_correct_sign_in_after_four_failures_resets_the_counter()
    {
        var user = await CreateUserAsync();

        await FailAsync(user, MaxFailures - 1);
        (await FailedCountAsync(user.Id)).ShouldBe(MaxFailures - 1);
        (await host.ClientFrom(Guesser).PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        (await FailedCountAsync(user.Id)).ShouldBe(0);

        // Four more failures are again below the threshold: the earlier four no longer count.
        await FailAsync(user, MaxFailures - 1);
        (await host.ClientFrom(Guesser).PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        (await LockoutEndAsync(user.Id)).ShouldBeNull();
    }

    private static async Task<UserSummaryDto> ListAsync(HttpClient admin, string email)
    {
        using var response = await admin.GetAsync(new Uri($"/api/admin/users?q={Uri.EscapeDataString(email)}", UriKind.Relative));
        var page = await response.ShouldBeJsonAsync<CursorPage<UserSummaryDto>>();
        return page.Items.ShouldHaveSingleItem();
    }
}

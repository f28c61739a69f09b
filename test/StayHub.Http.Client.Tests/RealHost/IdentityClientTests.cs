using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;
using StayHub.Identity.Contracts;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>The identity module's application services through the proxies, against the real host.</summary>
[Collection(ClientHostCollection.Name)]
public sealed class IdentityClientTests(ClientHostFixture host)
{
    private const string ConfirmSubject = "Confirm your StayHub email address";
    private const string ResetSubject = "Reset your StayHub password";

    [Fact]
    [CoversMethod(typeof(IAccountAppService), nameof(IAccountAppService.RegisterAsync))]
    [CoversMethod(typeof(IAccountAppService), nameof(IAccountAppService.GetMyProfileAsync))]
    public async Task Register_creates_a_guest_who_reads_their_profile_and_duplicates_invalid_input_and_anonymous_reads_fail()
    {
        var email = $"client-{Guid.NewGuid():N}@example.test";
        var accounts = host.Anonymous().Get<IAccountAppService>();

        var profile = await accounts.RegisterAsync(new RegisterRequest(email, ClientHostFixture.Password, "Rita Register"), CancellationToken.None);

        profile.Email.ShouldBe(email);
        profile.DisplayName.ShouldBe("Rita Register");
        profile.Roles.ShouldBe(["guest"]);
        var me = await host.CreateClient(email).GetRequiredService<IAccountAppService>().GetMyProfileAsync(CancellationToken.None);
        me.Id.ShouldBe(profile.Id);

        var duplicate = await Should.ThrowAsync<StayHubRemoteException>(() =>
            accounts.RegisterAsync(new RegisterRequest(email, ClientHostFixture.Password, "Again"), CancellationToken.None));
        duplicate.Status.ShouldBe(409);
        duplicate.Code.ShouldBe(IdentityErrorCodes.EmailTaken);

        var invalid = await Should.ThrowAsync<StayHubRemoteException>(() =>
            accounts.RegisterAsync(new RegisterRequest("not-an-email", ClientHostFixture.Password, ""), CancellationToken.None));
        invalid.Status.ShouldBe(400);
        invalid.Code.ShouldBe(ErrorCodes.ValidationFailed);
        invalid.Errors.Keys.ShouldContain("email");
        invalid.Errors.Keys.ShouldContain("displayName");

        var anonymous = await Should.ThrowAsync<StayHubRemoteException>(() => accounts.GetMyProfileAsync(CancellationToken.None));
        anonymous.Status.ShouldBe(401);
        anonymous.Code.ShouldBe(ErrorCodes.Unauthorized);
    }

    [Fact]
    [CoversMethod(typeof(IAccountAppService), nameof(IAccountAppService.UpdateMyProfileAsync))]
    [CoversMethod(typeof(IAccountAppService), nameof(IAccountAppService.BecomeHostAsync))]
    public async Task A_user_edits_the_profile_and_becomes_a_host_once()
    {
        var user = await host.CreateUserAsync();
        var accounts = user.Get<IAccountAppService>();

        var updated = await accounts.UpdateMyProfileAsync(new UpdateProfileRequest("Paula Profile", "Likes trams.", null), CancellationToken.None);
        updated.DisplayName.ShouldBe("Paula Profile");
        updated.Bio.ShouldBe("Likes trams.");
        (await accounts.GetMyProfileAsync(CancellationToken.None)).DisplayName.ShouldBe("Paula Profile");
        var invalid = await Should.ThrowAsync<StayHubRemoteException>(() => accounts.UpdateMyProfileAsync(new UpdateProfileRequest("", null, null), CancellationToken.None));
        invalid.Status.ShouldBe(400);
        invalid.Errors.Keys.ShouldContain("displayName");

        (await accounts.BecomeHostAsync(CancellationToken.None)).Roles.ShouldContain("host");
        var again = await Should.ThrowAsync<StayHubRemoteException>(() => accounts.BecomeHostAsync(CancellationToken.None));
        again.Status.ShouldBe(409);
        again.Code.ShouldBe(IdentityErrorCodes.AlreadyInRole);
    }

    [Fact]
    [CoversMethod(typeof(IPreferencesAppService), nameof(IPreferencesAppService.GetMyPreferencesAsync))]
    [CoversMethod(typeof(IPreferencesAppService), nameof(IPreferencesAppService.UpdateMyPreferencesAsync))]
    public async Task Preferences_are_read_replaced_and_validated()
    {
        var user = await host.CreateUserAsync();
        var preferences = user.Get<IPreferencesAppService>();
        var current = await preferences.GetMyPreferencesAsync(CancellationToken.None);

        var changed = current with
        {
            Currency = current.Currency == "JPY" ? "EUR" : "JPY",
            Notifications = current.Notifications with { Email = current.Notifications.Email with { Marketing = !current.Notifications.Email.Marketing } },
        };
        (await preferences.UpdateMyPreferencesAsync(changed, CancellationToken.None)).ShouldBe(changed);
        (await preferences.GetMyPreferencesAsync(CancellationToken.None)).ShouldBe(changed);

        var invalid = await Should.ThrowAsync<StayHubRemoteException>(() => preferences.UpdateMyPreferencesAsync(changed with { Currency = "XXX" }, CancellationToken.None));
        invalid.Status.ShouldBe(400);
        invalid.Code.ShouldBe(ErrorCodes.ValidationFailed);
        invalid.Errors.Keys.ShouldContain("currency");
    }

    [Fact]
    [CoversMethod(typeof(IProfilePhotoAppService), nameof(IProfilePhotoAppService.UploadMyPhotoAsync))]
    [CoversMethod(typeof(IProfilePhotoAppService), nameof(IProfilePhotoAppService.DeleteMyPhotoAsync))]
    public async Task A_profile_photo_uploads_as_multipart_shows_on_the_profile_and_is_removed()
    {
        var user = await host.CreateUserAsync();
        var photos = user.Get<IProfilePhotoAppService>();

        await using var file = new RemoteStreamContent(new MemoryStream(TestImages.Jpeg()), "me.jpg", "image/jpeg");
        var photo = await photos.UploadMyPhotoAsync(file, CancellationToken.None);

        photo.PhotoUrl.ShouldNotBeNullOrWhiteSpace();
        (await user.Get<IAccountAppService>().GetMyProfileAsync(CancellationToken.None)).PhotoUrl.ShouldBe(photo.PhotoUrl);

        await using var text = new RemoteStreamContent(new MemoryStream("plain text"u8.ToArray()), "me.jpg", "image/jpeg");
        var refused = await Should.ThrowAsync<StayHubRemoteException>(() => photos.UploadMyPhotoAsync(text, CancellationToken.None));
        refused.Status.ShouldBeInRange(400, 415);

        await photos.DeleteMyPhotoAsync(CancellationToken.None);
        (await user.Get<IAccountAppService>().GetMyProfileAsync(CancellationToken.None)).PhotoUrl.ShouldBeNull();
        await photos.DeleteMyPhotoAsync(CancellationToken.None); // 204 also when there is none
    }

    [Fact]
    [CoversMethod(typeof(IAccountEmailAppService), nameof(IAccountEmailAppService.ForgotPasswordAsync))]
    [CoversMethod(typeof(IAccountEmailAppService), nameof(IAccountEmailAppService.ResetPasswordAsync))]
    public async Task A_forgotten_password_is_reset_with_the_mailed_token_and_a_bad_token_is_refused()
    {
        var user = await host.CreateUserAsync();
        var email = host.Anonymous().Get<IAccountEmailAppService>();

        await email.ForgotPasswordAsync(new ForgotPasswordRequest($"nobody-{Guid.NewGuid():N}@example.test"), CancellationToken.None);
        await email.ForgotPasswordAsync(new ForgotPasswordRequest(user.Email), CancellationToken.None);
        var token = await Mailbox.TokenFromAsync(await Mailbox.WaitForAsync(host, user.Email, ResetSubject));

        var bad = await Should.ThrowAsync<StayHubRemoteException>(() =>
            email.ResetPasswordAsync(new ResetPasswordRequest(user.Email, new string('A', 43), "Another-Long-Pass-2027"), CancellationToken.None));
        bad.Status.ShouldBe(400);
        bad.Code.ShouldBe(IdentityErrorCodes.InvalidToken);

        await email.ResetPasswordAsync(new ResetPasswordRequest(user.Email, token, "Another-Long-Pass-2027"), CancellationToken.None);

        (await host.CreateClient(user.Email, "Another-Long-Pass-2027").GetRequiredService<IAccountAppService>().GetMyProfileAsync(CancellationToken.None)).Id.ShouldBe(user.Id);
        var oldPassword = await Should.ThrowAsync<StayHubRemoteException>(() =>
            host.CreateClient(user.Email, user.Password).GetRequiredService<IAccountAppService>().GetMyProfileAsync(CancellationToken.None));
        oldPassword.Code.ShouldBe("invalid_grant");
    }

    [Fact]
    [CoversMethod(typeof(IAccountEmailAppService), nameof(IAccountEmailAppService.ResendConfirmationEmailAsync))]
    [CoversMethod(typeof(IAccountEmailAppService), nameof(IAccountEmailAppService.ConfirmEmailAsync))]
    public async Task The_email_is_confirmed_with_a_resent_token_and_a_bad_token_is_refused()
    {
        var user = await host.CreateUserAsync();
        var email = host.Anonymous().Get<IAccountEmailAppService>();
        var first = await Mailbox.WaitForAsync(host, user.Email, ConfirmSubject);

        await email.ResendConfirmationEmailAsync(new ResendConfirmationRequest(user.Email), CancellationToken.None);
        var resent = await Mailbox.WaitForAsync(host, user.Email, ConfirmSubject, first);

        var bad = await Should.ThrowAsync<StayHubRemoteException>(() => email.ConfirmEmailAsync(new ConfirmEmailRequest(user.Email, new string('B', 43)), CancellationToken.None));
        bad.Status.ShouldBe(400);
        bad.Code.ShouldBe(IdentityErrorCodes.InvalidToken);

        await email.ConfirmEmailAsync(new ConfirmEmailRequest(user.Email, await Mailbox.TokenFromAsync(resent)), CancellationToken.None);

        (await host.ScalarAsync<bool?>("SELECT email_confirmed FROM identity.users WHERE normalized_email = @e", ("e", user.Email.ToUpperInvariant()))).ShouldBe(true);
    }

    [Fact]
    [CoversMethod(typeof(IUserAdminAppService), nameof(IUserAdminAppService.ListUsersAsync))]
    public async Task An_admin_finds_users_and_a_guest_is_forbidden()
    {
        var user = await host.CreateUserAsync("Findable Fiona");
        var admin = host.Admin().Get<IUserAdminAppService>();

        var page = await admin.ListUsersAsync(new UserListQuery(user.Email, null, 10, null), CancellationToken.None);

        var found = page.Items.ShouldHaveSingleItem();
        found.Id.ShouldBe(user.Id);
        found.Roles.ShouldBe(["guest"]);
        var invalid = await Should.ThrowAsync<StayHubRemoteException>(() => admin.ListUsersAsync(new UserListQuery(null, "wizard", null, null), CancellationToken.None));
        invalid.Status.ShouldBe(400);
        invalid.Errors.Keys.ShouldContain("role");
        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() => user.Get<IUserAdminAppService>().ListUsersAsync(new UserListQuery(null, null, null, null), CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    [Fact]
    [CoversMethod(typeof(IUserAdminAppService), nameof(IUserAdminAppService.GetUserAsync))]
    [CoversMethod(typeof(IUserAdminAppService), nameof(IUserAdminAppService.UpdateUserRolesAsync))]
    public async Task An_admin_reads_a_user_and_replaces_their_roles_and_unknown_ids_and_guests_are_refused()
    {
        var user = await host.CreateUserAsync("Detailed Dora");
        var admin = host.Admin().Get<IUserAdminAppService>();

        var detail = await admin.GetUserAsync(user.Id, CancellationToken.None);
        detail.Email.ShouldBe(user.Email);
        detail.DisplayName.ShouldBe("Detailed Dora");
        detail.Roles.ShouldBe(["guest"]);
        detail.HasPassword.ShouldBeTrue();
        detail.Lockout.LockedOut.ShouldBeFalse();

        var promoted = await admin.UpdateUserRolesAsync(user.Id, new UpdateUserRolesRequest(["host"]), CancellationToken.None);
        promoted.Roles.ShouldBe(["guest", "host"]);
        (await admin.GetUserAsync(user.Id, CancellationToken.None)).Roles.ShouldBe(["guest", "host"]);

        var missing = await Should.ThrowAsync<StayHubRemoteException>(() => admin.GetUserAsync(Guid.CreateVersion7(), CancellationToken.None));
        missing.Status.ShouldBe(404);
        missing.Code.ShouldBe(ErrorCodes.NotFound);
        var badRole = await Should.ThrowAsync<StayHubRemoteException>(() => admin.UpdateUserRolesAsync(user.Id, new UpdateUserRolesRequest(["wizard"]), CancellationToken.None));
        badRole.Status.ShouldBe(400);
        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() =>
            user.Get<IUserAdminAppService>().UpdateUserRolesAsync(user.Id, new UpdateUserRolesRequest(["admin"]), CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    [Fact]
    [CoversMethod(typeof(IUserAdminAppService), nameof(IUserAdminAppService.LockUserAsync))]
    [CoversMethod(typeof(IUserAdminAppService), nameof(IUserAdminAppService.UnlockUserAsync))]
    public async Task A_locked_user_is_signed_out_of_the_proxy_and_unlock_lets_them_back_in()
    {
        var user = await host.CreateUserAsync();
        var accounts = user.Get<IAccountAppService>();
        (await accounts.GetMyProfileAsync(CancellationToken.None)).Id.ShouldBe(user.Id);
        var admin = host.Admin().Get<IUserAdminAppService>();

        var locked = await admin.LockUserAsync(user.Id, new LockUserRequest(null, "Proxy test"), CancellationToken.None);

        locked.Lockout.LockedOut.ShouldBeTrue();
        locked.Lockout.Reason.ShouldBe("Proxy test");
        // The access token is refused (401), the refresh grant too, and the password grant the proxy falls back to.
        var refused = await Should.ThrowAsync<StayHubRemoteException>(() => accounts.GetMyProfileAsync(CancellationToken.None));
        refused.Code.ShouldBe("invalid_grant");
        var selfLock = await Should.ThrowAsync<StayHubRemoteException>(async () =>
            await admin.LockUserAsync((await host.Admin().Get<IAccountAppService>().GetMyProfileAsync(CancellationToken.None)).Id, new LockUserRequest(null, "Me"), CancellationToken.None));
        selfLock.Status.ShouldBe(409);
        selfLock.Code.ShouldBe(IdentityErrorCodes.CannotLockSelf);

        var unlocked = await admin.UnlockUserAsync(user.Id, CancellationToken.None);

        unlocked.Lockout.LockedOut.ShouldBeFalse();
        (await accounts.GetMyProfileAsync(CancellationToken.None)).Id.ShouldBe(user.Id, "the same proxy signs in again by itself");
    }
}

using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Framework.Testing.Emailing;
using StayHub.Host.Tests.Tokens;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.EmailFlows;

[Collection(EmailFlowCollection.Name)]
public sealed class PasswordResetTests(EmailFlowHost host)
{
    private const string NewPassword = "Copper-Kettle-Sunrise-71";

    private async Task<ReceivedEmail> ForgotAsync(string email, params ReceivedEmail[] seen)
    {
        using var response = await host.PostAsync("/api/account/forgot-password", new ForgotPasswordRequest(email));
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return await host.WaitForEmailAsync(email, EmailFlowHost.ResetSubject, seen);
    }

    private Task<HttpResponseMessage> ResetAsync(string email, string token, string password = NewPassword) =>
        host.PostAsync("/api/account/reset-password", new ResetPasswordRequest(email, token, password));

    [Fact]
    public async Task Forgot_password_answers_alike_for_unknown_and_known_addresses_and_mails_only_the_known_one()
    {
        var known = EmailFlowHost.NewEmail("known");
        var unknown = EmailFlowHost.NewEmail("unknown");
        await host.RegisterAsync(known);

        using var forKnown = await host.PostAsync("/api/account/forgot-password", new ForgotPasswordRequest(known));
        using var forUnknown = await host.PostAsync("/api/account/forgot-password", new ForgotPasswordRequest(unknown));

        forKnown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        forUnknown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await forUnknown.Content.ReadAsStringAsync()).ShouldBe(await forKnown.Content.ReadAsStringAsync());
        forUnknown.Content.Headers.ContentType.ShouldBe(forKnown.Content.Headers.ContentType);
        forUnknown.Headers.Location.ShouldBeNull();
        var mail = await host.WaitForEmailAsync(known, EmailFlowHost.ResetSubject);
        mail.Text.ShouldContain($"{EmailFlowHost.PublicUrl}/reset-password?email={Uri.EscapeDataString(known)}&token=");
        mail.Text.ShouldContain("expires in 1 hour");
        (await host.Smtp.CollectAsync(m => m.IsFor(unknown), TimeSpan.FromSeconds(2))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Reset_changes_the_password_ends_existing_sign_ins_and_the_token_works_once()
    {
        var email = EmailFlowHost.NewEmail("reset");
        await host.RegisterAsync(email);
        var before = (await host.CreateClient().PasswordGrantAsync(email, EmailFlowHost.Password)).ShouldSucceed();
        before.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        var token = EmailFlowHost.TokenFrom(await ForgotAsync(email));

        using (var reset = await ResetAsync(email, token))
        {
            reset.StatusCode.ShouldBe(HttpStatusCode.NoContent, await reset.Content.ReadAsStringAsync());
        }

        var client = host.CreateClient();
        (await client.PasswordGrantAsync(email, NewPassword)).ShouldSucceed();
        var oldPassword = await client.PasswordGrantAsync(email, EmailFlowHost.Password);
        oldPassword.Status.ShouldBe(HttpStatusCode.BadRequest);
        oldPassword.Error.ShouldBe("invalid_grant");
        var oldSession = await client.RefreshGrantAsync(before.RefreshToken!);
        oldSession.Status.ShouldBe(HttpStatusCode.BadRequest, "a refresh token from before the reset must die with the old security stamp");
        oldSession.Error.ShouldBe("invalid_grant");
        using var reused = await ResetAsync(email, token, "Another-Fresh-Password-9");
        await reused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken);
        (await client.PasswordGrantAsync(email, NewPassword)).ShouldSucceed();
        (await host.EmailConfirmedAsync(email)).ShouldBe(true, "the reset link proved the mailbox");
    }

    [Fact]
    public async Task Reset_refuses_the_access_tokens_issued_before_it_on_the_next_request()
    {
        var email = EmailFlowHost.NewEmail("reset-access");
        await host.RegisterAsync(email);
        var before = (await host.CreateClient().PasswordGrantAsync(email, EmailFlowHost.Password)).ShouldSucceed();
        var signedIn = host.CreateClient().WithBearer(before.AccessToken!);
        (await signedIn.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = EmailFlowHost.TokenFrom(await ForgotAsync(email));

        using (var reset = await ResetAsync(email, token))
        {
            reset.StatusCode.ShouldBe(HttpStatusCode.NoContent, await reset.Content.ReadAsStringAsync());
        }

        (await signedIn.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var after = (await host.CreateClient().PasswordGrantAsync(email, NewPassword)).ShouldSucceed();
        (await host.CreateClient().WithBearer(after.AccessToken!).GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_reset_retires_every_other_outstanding_reset_link()
    {
        var email = EmailFlowHost.NewEmail("two-links");
        await host.RegisterAsync(email);
        var first = await ForgotAsync(email);
        var second = await ForgotAsync(email, first);

        using (var reset = await ResetAsync(email, EmailFlowHost.TokenFrom(second)))
        {
            reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using var older = await ResetAsync(email, EmailFlowHost.TokenFrom(first), "Another-Fresh-Password-9");
        await older.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken);
        (await host.ScalarAsync<long>(
            "SELECT count(*) FROM identity.account_tokens t JOIN identity.users u ON u.id = t.user_id WHERE u.normalized_email = @e AND t.purpose = 'reset_password' AND t.used_at IS NULL",
            ("e", email.ToUpperInvariant()))).ShouldBe(0);
    }

    [Fact]
    public async Task A_password_the_policy_rejects_is_400_on_newPassword_and_does_not_burn_the_token()
    {
        var email = EmailFlowHost.NewEmail("policy");
        await host.RegisterAsync(email);
        var token = EmailFlowHost.TokenFrom(await ForgotAsync(email));

        using var tooShort = await ResetAsync(email, token, "short-pw");
        var problem = await tooShort.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["newPassword"]);
        using var guessable = await ResetAsync(email, token, email.Split('@')[0] + "-2026");
        (await guessable.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).Errors.Keys.ShouldBe(["newPassword"]);

        using var good = await ResetAsync(email, token);
        good.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Reset_clears_a_lockout()
    {
        var email = EmailFlowHost.NewEmail("locked");
        await host.RegisterAsync(email);
        var client = host.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.PasswordGrantAsync(email, $"Wrong-Password-{i}-xyz")).Error.ShouldBe("invalid_grant");
        }

        (await client.PasswordGrantAsync(email, EmailFlowHost.Password)).Error.ShouldBe("invalid_grant", "locked out");
        var token = EmailFlowHost.TokenFrom(await ForgotAsync(email));

        using (var reset = await ResetAsync(email, token))
        {
            reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await client.PasswordGrantAsync(email, NewPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task A_confirmation_token_cannot_reset_a_password_nor_a_reset_token_confirm_an_email()
    {
        var email = EmailFlowHost.NewEmail("purpose");
        await host.RegisterAsync(email);
        var confirmToken = EmailFlowHost.TokenFrom(await host.WaitForEmailAsync(email, EmailFlowHost.ConfirmSubject));
        var resetToken = EmailFlowHost.TokenFrom(await ForgotAsync(email));

        using var resetWithConfirm = await ResetAsync(email, confirmToken);
        using var confirmWithReset = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(email, resetToken));

        await resetWithConfirm.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken);
        await confirmWithReset.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken);
        (await host.CreateClient().PasswordGrantAsync(email, EmailFlowHost.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Reset_for_an_unknown_email_is_the_same_invalid_token_answer()
    {
        using var response = await ResetAsync(EmailFlowHost.NewEmail("nobody"), new string('x', 43));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken);
    }

    [Fact]
    public async Task Malformed_requests_are_400_validation_failed()
    {
        using var forgot = await host.PostAsync("/api/account/forgot-password", new ForgotPasswordRequest("nope"));
        using var reset = await host.PostAsync("/api/account/reset-password", new ResetPasswordRequest(string.Empty, string.Empty, string.Empty));

        (await forgot.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).Errors.Keys.ShouldBe(["email"]);
        (await reset.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).Errors.Keys.ShouldBe(["email", "token", "newPassword"], ignoreOrder: true);
    }
}

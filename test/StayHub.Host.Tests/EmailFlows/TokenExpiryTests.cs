using System.Net;
using StayHub.Framework.Testing;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.EmailFlows;

/// <summary>Moves the host's clock past a token's lifetime. Tests of one class run one at a time, so the jumps do not interfere.</summary>
public sealed class TokenExpiryTests(ClockedEmailFlowHost host) : IClassFixture<ClockedEmailFlowHost>
{
    [Fact]
    public async Task A_confirmation_token_works_until_its_two_days_are_up()
    {
        var early = EmailFlowHost.NewEmail("early");
        var late = EmailFlowHost.NewEmail("late");
        await host.RegisterAsync(early);
        await host.RegisterAsync(late);
        var earlyToken = EmailFlowHost.TokenFrom(await host.WaitForEmailAsync(early, EmailFlowHost.ConfirmSubject));
        var lateToken = EmailFlowHost.TokenFrom(await host.WaitForEmailAsync(late, EmailFlowHost.ConfirmSubject));

        host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        using (var inTime = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(early, earlyToken)))
        {
            inTime.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var expired = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(late, lateToken));

        await expired.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken);
        (await host.EmailConfirmedAsync(late)).ShouldBe(false);
    }

    [Fact]
    public async Task A_reset_token_expires_after_an_hour_and_the_password_stays()
    {
        var email = EmailFlowHost.NewEmail("slow");
        await host.RegisterAsync(email);
        using (var forgot = await host.PostAsync("/api/account/forgot-password", new ForgotPasswordRequest(email)))
        {
            forgot.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var token = EmailFlowHost.TokenFrom(await host.WaitForEmailAsync(email, EmailFlowHost.ResetSubject));
        var hashBefore = await host.ScalarAsync<string>("SELECT password_hash FROM identity.users WHERE normalized_email = @e", ("e", email.ToUpperInvariant()));

        host.Clock.Advance(TimeSpan.FromHours(1));
        using var expired = await host.PostAsync("/api/account/reset-password", new ResetPasswordRequest(email, token, "Copper-Kettle-Sunrise-71"));

        await expired.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken);
        (await host.ScalarAsync<string>("SELECT password_hash FROM identity.users WHERE normalized_email = @e", ("e", email.ToUpperInvariant()))).ShouldBe(hashBefore);
    }
}

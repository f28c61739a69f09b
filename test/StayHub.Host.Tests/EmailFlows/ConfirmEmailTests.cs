using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.EmailFlows;

[Collection(EmailFlowCollection.Name)]
public sealed class ConfirmEmailTests(EmailFlowHost host)
{
    [Fact]
    public async Task Register_sends_a_confirmation_email_over_smtp_whose_token_confirms_the_address_once()
    {
        var email = EmailFlowHost.NewEmail("eve");
        await host.RegisterAsync(email, displayName: "<b>Eve</b>");

        var message = await host.WaitForEmailAsync(email, EmailFlowHost.ConfirmSubject);
        var token = EmailFlowHost.TokenFrom(message);

        message.Message.From.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("no-reply@stayhub.local");
        message.Message.To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe(email);
        message.Html.ShouldContain("Hi &lt;b&gt;Eve&lt;/b&gt;,");
        message.Html.ShouldNotContain("<b>Eve</b>");
        message.Text.ShouldContain("Hi <b>Eve</b>,");
        var link = $"{EmailFlowHost.PublicUrl}/confirm-email?email={Uri.EscapeDataString(email)}&token={token}";
        message.Text.ShouldContain(link);
        message.Html.ShouldContain($"href=\"{link.Replace("&", "&amp;", StringComparison.Ordinal)}\"");
        message.Text.ShouldContain($"code in the app: {token}");
        message.Text.ShouldContain("expires in 2 days");
        (await host.EmailConfirmedAsync(email)).ShouldBe(false);

        using (var confirmed = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(email, token)))
        {
            confirmed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await confirmed.Content.ReadAsStringAsync());
        }

        (await host.EmailConfirmedAsync(email)).ShouldBe(true);
        using var again = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(email, token));
        await again.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken);
    }

    [Fact]
    public async Task Only_the_token_hash_is_stored()
    {
        var email = EmailFlowHost.NewEmail("hash");
        await host.RegisterAsync(email);
        var token = EmailFlowHost.TokenFrom(await host.WaitForEmailAsync(email, EmailFlowHost.ConfirmSubject));

        var stored = await host.ScalarAsync<byte[]>(
            "SELECT t.token_hash FROM identity.account_tokens t JOIN identity.users u ON u.id = t.user_id WHERE u.normalized_email = @e",
            ("e", email.ToUpperInvariant()));

        stored.ShouldBe(System.Security.Cryptography.SHA256.HashData(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=")));
    }

    [Fact]
    public async Task Wrong_token_other_accounts_token_and_unknown_email_all_get_the_same_invalid_token_answer()
    {
        var first = EmailFlowHost.NewEmail("first");
        var second = EmailFlowHost.NewEmail("second");
        await host.RegisterAsync(first);
        await host.RegisterAsync(second);
        var firstToken = EmailFlowHost.TokenFrom(await host.WaitForEmailAsync(first, EmailFlowHost.ConfirmSubject));

        using var wrong = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(first, new string('A', 43)));
        using var garbage = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(first, "not-a-token"));
        using var othersToken = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(second, firstToken));
        using var unknown = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(EmailFlowHost.NewEmail("nobody"), firstToken));

        var problems = new[]
        {
            await wrong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken),
            await garbage.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken),
            await othersToken.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken),
            await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken),
        };
        problems.Select(p => (p.Title, p.Detail)).Distinct().Count().ShouldBe(1);
        (await host.EmailConfirmedAsync(first)).ShouldBe(false);
        (await host.EmailConfirmedAsync(second)).ShouldBe(false);
    }

    [Fact]
    public async Task Concurrent_redemptions_of_one_token_succeed_exactly_once()
    {
        var email = EmailFlowHost.NewEmail("race");
        await host.RegisterAsync(email);
        var token = EmailFlowHost.TokenFrom(await host.WaitForEmailAsync(email, EmailFlowHost.ConfirmSubject));

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(email, token))));

        try
        {
            responses.Count(r => r.StatusCode == HttpStatusCode.NoContent).ShouldBe(1);
            foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.NoContent))
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.InvalidToken);
            }
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Resend_mails_a_new_working_token_but_answers_202_alike_for_unknown_and_confirmed_addresses()
    {
        var email = EmailFlowHost.NewEmail("resend");
        var unknown = EmailFlowHost.NewEmail("ghost");
        await host.RegisterAsync(email);
        var original = await host.WaitForEmailAsync(email, EmailFlowHost.ConfirmSubject);

        using var known = await host.PostAsync("/api/account/confirm-email/resend", new ResendConfirmationRequest(email));
        using var stranger = await host.PostAsync("/api/account/confirm-email/resend", new ResendConfirmationRequest(unknown));

        known.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        stranger.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await known.Content.ReadAsStringAsync()).ShouldBe(await stranger.Content.ReadAsStringAsync());
        var resent = await host.WaitForEmailAsync(email, EmailFlowHost.ConfirmSubject, original);
        var token = EmailFlowHost.TokenFrom(resent);
        token.ShouldNotBe(EmailFlowHost.TokenFrom(original));
        using (var confirmed = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest(email.ToUpperInvariant(), token)))
        {
            confirmed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using var afterConfirmed = await host.PostAsync("/api/account/confirm-email/resend", new ResendConfirmationRequest(email));
        afterConfirmed.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await host.Smtp.CollectAsync(m => m.IsFor(unknown), TimeSpan.FromSeconds(2))).ShouldBeEmpty();
        host.Smtp.Received.Count(m => m.IsFor(email)).ShouldBe(2, "nothing is mailed to an address already confirmed");
    }

    [Fact]
    public async Task Malformed_requests_are_400_validation_failed()
    {
        using var confirm = await host.PostAsync("/api/account/confirm-email", new ConfirmEmailRequest("not-an-email", string.Empty));
        using var resend = await host.PostAsync("/api/account/confirm-email/resend", new ResendConfirmationRequest(string.Empty));

        (await confirm.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).Errors.Keys.ShouldBe(["email", "token"], ignoreOrder: true);
        (await resend.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).Errors.Keys.ShouldBe(["email"]);
    }
}

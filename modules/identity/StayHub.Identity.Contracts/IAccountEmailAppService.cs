using StayHub.Framework.Contracts.Application;

namespace StayHub.Identity.Contracts;

/// <summary>
/// Email confirmation and password reset. Requests for mail answer 202 with no body whether or not the address has
/// an account (the mail itself goes out in the background, so timing tells nothing either).
/// </summary>
[ApplicationService("api/account", Tag = "Account")]
[Anonymous]
[RateLimited(RateLimitPolicies.Auth)]
public interface IAccountEmailAppService : IApplicationService
{
    /// <summary>Email a single-use password-reset link; 202 whether or not the account exists.</summary>
    [Post("forgot-password")]
    [ResponseStatus(202)]
    Task ForgotPasswordAsync(ForgotPasswordRequest request, CancellationToken cancellationToken);

    /// <summary>Set a new password with the emailed token; ends every existing sign-in. 400 identity.invalid_token for any unusable token.</summary>
    [Post("reset-password")]
    [ProducesErrorCodes(IdentityErrorCodes.InvalidToken)]
    Task ResetPasswordAsync(ResetPasswordRequest request, CancellationToken cancellationToken);

    /// <summary>Confirm the account's email with the emailed token. 400 identity.invalid_token for any unusable token.</summary>
    [Post("confirm-email")]
    [ProducesErrorCodes(IdentityErrorCodes.InvalidToken)]
    Task ConfirmEmailAsync(ConfirmEmailRequest request, CancellationToken cancellationToken);

    /// <summary>Email a new confirmation link to an unconfirmed account; 202 whatever the address.</summary>
    [Post("confirm-email/resend")]
    [ResponseStatus(202)]
    Task ResendConfirmationEmailAsync(ResendConfirmationRequest request, CancellationToken cancellationToken);
}

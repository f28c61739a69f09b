using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http.Hosting;
using StayHub.Identity.Application.EmailFlows;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Http.Endpoints;

/// <summary>
/// Email confirmation and password reset. Requests for mail answer 202 with no body whether or not the address
/// has an account (the mail itself goes out in the background, so timing tells nothing either).
/// </summary>
public static class EmailFlowEndpoints
{
    public static void MapEmailFlowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account").AllowAnonymous().RequireRateLimiting(RateLimitingSetup.AuthPolicy);

        group.MapPost("/forgot-password", ForgotPasswordAsync)
            .WithName("ForgotPassword")
            .WithSummary("Email a single-use password-reset link; 202 whether or not the account exists.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/reset-password", ResetPasswordAsync)
            .WithName("ResetPassword")
            .WithSummary("Set a new password with the emailed token; ends every existing sign-in. 400 identity.invalid_token for any unusable token.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/confirm-email", ConfirmEmailAsync)
            .WithName("ConfirmEmail")
            .WithSummary("Confirm the account's email with the emailed token. 400 identity.invalid_token for any unusable token.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/confirm-email/resend", ResendConfirmationAsync)
            .WithName("ResendConfirmationEmail")
            .WithSummary("Email a new confirmation link to an unconfirmed account; 202 whatever the address.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<Accepted> ForgotPasswordAsync(ForgotPasswordRequest request, EmailFlowService flows, CancellationToken cancellationToken)
    {
        await flows.ForgotPasswordAsync(request, cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> ResetPasswordAsync(ResetPasswordRequest request, EmailFlowService flows, CancellationToken cancellationToken)
    {
        await flows.ResetPasswordAsync(request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ConfirmEmailAsync(ConfirmEmailRequest request, EmailFlowService flows, CancellationToken cancellationToken)
    {
        await flows.ConfirmEmailAsync(request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Accepted> ResendConfirmationAsync(ResendConfirmationRequest request, EmailFlowService flows, CancellationToken cancellationToken)
    {
        await flows.ResendConfirmationAsync(request, cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}

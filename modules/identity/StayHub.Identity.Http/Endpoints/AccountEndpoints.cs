using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http.Hosting;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Http.Endpoints;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account");

        group.MapPost("/register", RegisterAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingSetup.AuthPolicy)
            .WithName("Register")
            .WithSummary("Create an account; new users are guests.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        var me = group.MapGroup("/me").RequireAuthorization();
        me.MapGet(string.Empty, GetMeAsync)
            .WithName("GetMyProfile")
            .WithSummary("The signed-in user's profile.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        me.MapPut(string.Empty, UpdateMeAsync)
            .WithName("UpdateMyProfile")
            .WithSummary("Edit display name, bio and phone number (email, roles and id are not writable here).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/become-host", BecomeHostAsync)
            .RequireAuthorization()
            .WithName("BecomeHost")
            .WithSummary("Add the host role; refresh the access token to use it.")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<ProfileDto>> RegisterAsync(RegisterRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        var profile = await accounts.RegisterAsync(request, cancellationToken);
        return TypedResults.Created("/api/account/me", profile);
    }

    private static async Task<Ok<ProfileDto>> GetMeAsync(AccountService accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.GetMineAsync(cancellationToken));

    private static async Task<Ok<ProfileDto>> UpdateMeAsync(UpdateProfileRequest request, AccountService accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.UpdateMineAsync(request, cancellationToken));

    private static async Task<Ok<ProfileDto>> BecomeHostAsync(AccountService accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.BecomeHostAsync(cancellationToken));
}

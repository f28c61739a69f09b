using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Errors;
using StayHub.Identity.Application.External;
using StayHub.Identity.Contracts;
using StayHub.Identity.Http.External;

namespace StayHub.Identity.Http.Endpoints;

/// <summary>
/// Browser sign-in through Google or Facebook. Apps start at <c>/connect/authorize?…&amp;provider=google</c>
/// (authorization code + PKCE); these routes do the provider round trip and put the person in a StayHub
/// session, then send the browser back to <c>returnUrl</c>, which issues the code.
/// </summary>
public static class ExternalLoginEndpoints
{
    public static void MapExternalLoginEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account/external/{provider}").WithTags("Account").AllowAnonymous();
        group.MapGet(string.Empty, Challenge)
            .WithName("ExternalSignIn")
            .WithSummary("Redirect to the provider (google, facebook); returnUrl must be a local path, usually /connect/authorize?…")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/callback", CallbackAsync)
            .WithName("ExternalSignInCallback")
            .WithSummary("Completes the sign-in after the provider's callback and returns to returnUrl.")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult Challenge(string provider, string? returnUrl, ExternalProviders providers)
    {
        var scheme = RequireProvider(provider, providers);
        var target = RequireLocal(returnUrl);
        var properties = new AuthenticationProperties
        {
            RedirectUri = $"/api/account/external/{scheme}/callback?returnUrl={Uri.EscapeDataString(target)}",
        };
        return Results.Challenge(properties, [scheme]);
    }

    private static async Task<IResult> CallbackAsync(
        string provider,
        string? returnUrl,
        HttpContext context,
        ExternalProviders providers,
        ExternalLoginService logins,
        CancellationToken cancellationToken)
    {
        var scheme = RequireProvider(provider, providers);
        var target = RequireLocal(returnUrl);
        var result = await context.AuthenticateAsync(SignInSchemes.External);
        var principal = result.Principal;
        var key = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!result.Succeeded || principal is null || key is null || result.Properties?.Items[".AuthScheme"] is { } used && used != scheme)
        {
            throw new StayHubException(ErrorKind.BadRequest, IdentityErrorCodes.ExternalLoginFailed, "No completed sign-in with this provider; start again.");
        }

        var external = new ExternalIdentity(
            scheme,
            key,
            principal.FindFirstValue(ClaimTypes.Email),
            string.Equals(principal.FindFirstValue(ExternalAuthentication.EmailVerifiedClaim), "true", StringComparison.OrdinalIgnoreCase),
            principal.FindFirstValue(ClaimTypes.Name));
        await context.SignOutAsync(SignInSchemes.External);
        var user = await logins.SignInAsync(external, cancellationToken);
        await SessionSignIn.SignInAsync(context, user.Id);
        return Results.Redirect(target);
    }

    private static string RequireProvider(string provider, ExternalProviders providers)
    {
        var scheme = provider.ToLowerInvariant();
        return providers.Enabled.Contains(scheme) ? scheme : throw new NotFoundException("The sign-in provider");
    }

    internal static string RequireLocal(string? returnUrl) =>
        IsLocal(returnUrl) ? returnUrl! : throw RequestValidationException.ForField("returnUrl", "returnUrl must be a local path such as /connect/authorize?….");

    /// <summary>
    /// A path on this host: starts with one slash, and holds no backslash and no control character anywhere. Browsers
    /// drop TAB, CR and LF from URLs and read <c>\</c> as <c>/</c>, so <c>/%09/evil.example</c> or <c>/\evil.example</c>
    /// would become the protocol-relative <c>//evil.example</c> (an open redirect); a CR would also break the Location header.
    /// </summary>
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || url[1] != '/')
        && !url.Contains('\\', StringComparison.Ordinal) && !url.Any(char.IsControl);
}

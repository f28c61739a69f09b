using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http.Hosting;
using StayHub.Identity.Application.Tokens;
using StayHub.Identity.Http.External;

namespace StayHub.Identity.Http.Endpoints;

/// <summary>
/// The minimal password sign-in page of the browser flow: a StayHub session for /connect/authorize. Apps
/// own their real sign-in UI; this exists so the code flow works without one.
/// </summary>
public static class LoginPageEndpoints
{
    public static void MapLoginPageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/account/login", (string? returnUrl, HttpContext context, IAntiforgery antiforgery, ExternalProviders providers) =>
                Page(context, antiforgery, providers, ExternalLoginEndpoints.IsLocal(returnUrl) ? returnUrl! : "/", error: null, StatusCodes.Status200OK))
            .AllowAnonymous()
            .ExcludeFromDescription();

        // The page takes the same credentials as /connect/token, so it shares that endpoint's budget per IP: without
        // it, password guessing would just move here.
        endpoints.MapPost("/account/login", SignInAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingSetup.AuthPolicy)
            .ExcludeFromDescription();
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? email,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        HttpContext context,
        IAntiforgery antiforgery,
        ExternalProviders providers,
        CredentialValidator credentials)
    {
        var target = ExternalLoginEndpoints.IsLocal(returnUrl) ? returnUrl! : "/";
        var (result, user) = await credentials.ValidateAsync(email, password, ClientAddress.Of(context));
        if (result != CredentialResult.Valid || user is null)
        {
            return Page(context, antiforgery, providers, target, "The email or password is invalid, or the account is temporarily locked.", StatusCodes.Status400BadRequest);
        }

        await SessionSignIn.SignInAsync(context, user.Id);
        return Results.Redirect(target);
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, ExternalProviders providers, string returnUrl, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var links = string.Join(string.Empty, providers.Enabled.Order(StringComparer.Ordinal).Select(p =>
            $"<p><a href=\"/api/account/external/{p}?returnUrl={html.Encode(Uri.EscapeDataString(returnUrl))}\">Continue with {html.Encode(p)}</a></p>"));
        var message = error is null ? string.Empty : $"<p role=\"alert\">{html.Encode(error)}</p>";
        var body = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign in to StayHub</title></head>
            <body><h1>Sign in to StayHub</h1>{message}
            <form method="post" action="/account/login">
            <input type="hidden" name="{html.Encode(tokens.FormFieldName)}" value="{html.Encode(tokens.RequestToken ?? string.Empty)}">
            <input type="hidden" name="returnUrl" value="{html.Encode(returnUrl)}">
            <p><label>Email <input type="email" name="email" autocomplete="username" required></label></p>
            <p><label>Password <input type="password" name="password" autocomplete="current-password" required></label></p>
            <p><button type="submit">Sign in</button></p>
            </form>{links}</body></html>
            """;
        return Results.Content(body, "text/html; charset=utf-8", statusCode: status);
    }
}

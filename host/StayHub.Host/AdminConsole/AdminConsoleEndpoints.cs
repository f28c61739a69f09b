using Microsoft.AspNetCore.Authentication;
using StayHub.Framework.Errors;
using StayHub.Framework.Http.RequestStats;
using StayHub.Identity.Contracts;
using StayHub.Identity.Http.External;

namespace StayHub.Host.AdminConsole;

/// <summary>
/// Serves the web console at <c>/admin</c> (docs/admin-console.md). The files are static; what guards them is the
/// browser's StayHub session (the cookie <c>/account/login</c> sets for <c>/connect/authorize</c>): no session → the
/// sign-in page, a session of someone granted no admin permission (<see cref="AdminConsoleGate"/>) → 403, so they
/// never receive the console.
/// The data itself comes from the API with the console's own access token (client <c>stayhub-admin</c>, code + PKCE),
/// which checks every permission again.
/// </summary>
internal static class AdminConsoleEndpoints
{
    /// <summary>Everything from this origin, nothing inline, nothing framed; charts are SVG built with DOM calls.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Where an unsigned browser is sent: the sign-in page, coming back to the console.</summary>
    public const string SignInPath = "/account/login?returnUrl=%2Fadmin%2F";

    public static IServiceCollection AddAdminConsole(this IServiceCollection services) => services.AddSingleton<AdminConsoleAssets>().AddSingleton<AdminConsoleGate>();

    public static void MapAdminConsole(this IEndpointRouteBuilder endpoints)
    {
        // The console's files are the operators' own traffic: no audit row, not counted in the request figures.
        endpoints.MapGet("/admin/{**path}", ServeAsync).AllowAnonymous().ExcludeFromDescription().ExcludeFromRequestRecords();
    }

    private static async Task<IResult> ServeAsync(
        string? path, HttpContext context, IIdentityModule identity, AdminConsoleGate gate, AdminConsoleAssets assets, CancellationToken cancellationToken)
    {
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        // What is served depends on who asks: never from a shared cache, never from the back button after sign-out.
        context.Response.Headers.CacheControl = "no-store";

        if (context.Request.Path.Value == "/admin")
        {
            // One address for the shell (its callback and sign-out URIs are registered under /admin/).
            return Results.Redirect("/admin/");
        }

        var session = await context.AuthenticateAsync(SignInSchemes.Session);
        var userId = session.Succeeded && Guid.TryParse(session.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id)
            ? id
            : (Guid?)null;
        var user = userId is { } known ? await identity.FindUserAsync(known, cancellationToken) : null;
        if (user is null)
        {
            return Results.Redirect(SignInPath);
        }

        if (!await gate.AdmitsAsync(user, cancellationToken))
        {
            if (!AcceptsHtml(context.Request))
            {
                throw new ForbiddenException("The admin console is for users granted an admin permission.");
            }

            var page = assets.Find("forbidden.html")!.Value;
            using var reader = new StreamReader(page.File.CreateReadStream());
            return Results.Content(await reader.ReadToEndAsync(cancellationToken), page.ContentType, statusCode: StatusCodes.Status403Forbidden);
        }

        // The shell answers the console's own routes (/admin/, /admin/callback); anything else is one of its files.
        var name = string.IsNullOrEmpty(path) || path == "callback" ? "index.html" : path;
        if (assets.Find(name) is not { } asset)
        {
            throw new NotFoundException("The console file");
        }

        return Results.Stream(asset.File.CreateReadStream(), asset.ContentType);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StayHub.Framework.Http.Errors;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Http.External;

/// <summary>
/// A provider callback that fails (denied consent, tampered or replayed state, a provider error) ends in a
/// Problem Details answer and nothing stored: the user is created only after the whole exchange succeeded.
/// </summary>
internal static class ExternalFailures
{
    public static async Task HandleAsync(RemoteFailureContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        var (status, code, detail) = Classify(context);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExternalFailures))
            .LogWarning(context.Failure, "External sign-in with {Scheme} failed: {Code}", context.Scheme.Name, code);
        http.Response.StatusCode = status;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = ProblemDetailsSetup.Create(status, code, "External sign-in failed", detail),
        });
    }

    private static (int Status, string Code, string Detail) Classify(RemoteFailureContext context)
    {
        var error = context.Request.Query["error"].ToString();
        if (error is "access_denied" or "user_denied" || context.Failure is AuthenticationFailureException { Message: var m } && m.Contains("denied", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status400BadRequest, IdentityErrorCodes.ExternalLoginDenied, "The sign-in was cancelled at the provider.");
        }

        if (context.Failure is HttpRequestException || context.Failure?.InnerException is HttpRequestException
            || context.Failure?.Message.Contains("endpoint failure", StringComparison.OrdinalIgnoreCase) == true
            || context.Failure?.Message.Contains("user information", StringComparison.OrdinalIgnoreCase) == true)
        {
            return (StatusCodes.Status502BadGateway, IdentityErrorCodes.ExternalProviderError, "The sign-in provider did not answer as expected; try again later.");
        }

        return (StatusCodes.Status400BadRequest, IdentityErrorCodes.ExternalLoginFailed, "The sign-in could not be completed; start it again.");
    }
}

using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Contracts;

namespace StayHub.Framework.Http.Errors;

public static class ProblemDetailsSetup
{
    internal static IServiceCollection AddStayHubProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            // The W3C trace id: the same value the audit log and the server logs carry.
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            if (!problem.Extensions.TryGetValue("code", out var code))
            {
                code = DefaultCode(problem.Status ?? context.HttpContext.Response.StatusCode);
                problem.Extensions["code"] = code;
            }

            // Only our own messages are shown; framework-generated details may name internals.
            problem.Extensions.Remove("exception");
            context.HttpContext.Items[Auditing.AuditMiddleware.ErrorCodeItem] = code;
        });
        services.AddExceptionHandler<StayHubExceptionHandler>();
        return services;
    }

    internal static string DefaultCode(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ErrorCodes.MalformedRequest,
        StatusCodes.Status401Unauthorized => ErrorCodes.Unauthorized,
        StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => ErrorCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCodes.MethodNotAllowed,
        StatusCodes.Status409Conflict => ErrorCodes.Conflict,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => ErrorCodes.RateLimited,
        StatusCodes.Status503ServiceUnavailable => ErrorCodes.ServiceUnavailable,
        >= 500 => ErrorCodes.InternalError,
        _ => "error",
    };

    /// <summary>A Problem Details body with a stable code, for answers written outside the exception handler.</summary>
    public static ProblemDetails Create(int status, string code, string title, string? detail = null) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };
}

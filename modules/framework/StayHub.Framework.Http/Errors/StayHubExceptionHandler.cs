using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Http.Errors;

/// <summary>
/// The one place exceptions become Problem Details (architecture rule 6). Known failures keep their code
/// and message; anything else is logged and answered with a bare 500 that reveals nothing.
/// </summary>
internal sealed class StayHubExceptionHandler(IProblemDetailsService problemDetails, ILogger<StayHubExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // A cancellation the client did not ask for (a timeout inside the server) is a server failure, not a 499.
        // Checked first: a database restart cuts queries mid-flight, which also surfaces as a cancellation.
        var outage = DependencyOutage.Is(exception);
        var problem = outage ? Unavailable()
            : exception is OperationCanceledException && !httpContext.RequestAborted.IsCancellationRequested
            ? ProblemDetailsSetup.Create(StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, "An unexpected error occurred", "The error was logged; quote the traceId when reporting it.")
            : Map(exception);
        if (outage)
        {
            // Expected while PostgreSQL or Redis restarts: one line, not a stack trace per request.
            logger.LogWarning("Dependency unavailable on {Method} {Path}: {Error}", httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = DependencyOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails Map(Exception exception) => exception switch
    {
        _ when DependencyOutage.Is(exception) => Unavailable(),
        RequestValidationException validation => Validation(validation.Errors),
        FluentValidation.ValidationException fluent => Validation(fluent.Errors
            .GroupBy(e => StayHub.Framework.Http.Validation.ValidationFilter.ToCamelPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray())),
        StayHubException known => ProblemDetailsSetup.Create(StatusFor(known.Kind), known.Code, TitleFor(known.Kind), known.Message),
        BadHttpRequestException bad => BadRequest(bad),
        // ASP.NET's form and multipart readers throw this for bodies they cannot parse (a NUL in a form value, a
        // section over its limits) — before any of our code runs, e.g. on /connect/token.
        InvalidDataException => ProblemDetailsSetup.Create(400, ErrorCodes.MalformedRequest, "Bad request", "The form body could not be read."),
        DbUpdateException { InnerException: PostgresException pg } => FromPostgres(pg),
        PostgresException pg => FromPostgres(pg),
        OperationCanceledException => ProblemDetailsSetup.Create(499, "request.cancelled", "Request cancelled"),
        _ => ProblemDetailsSetup.Create(StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, "An unexpected error occurred", "The error was logged; quote the traceId when reporting it."),
    };

    private static ProblemDetails Unavailable() => ProblemDetailsSetup.Create(
        StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, "Service unavailable",
        "A service this request needs is briefly unavailable; retry after the number of seconds in the Retry-After header.");

    private static ProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors)
    {
        var problem = ProblemDetailsSetup.Create(StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, "Validation failed", "One or more fields are invalid.");
        problem.Extensions["errors"] = errors;
        return problem;
    }

    private static ProblemDetails BadRequest(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => ProblemDetailsSetup.Create(413, ErrorCodes.RequestTooLarge, "Request body too large"),
        StatusCodes.Status415UnsupportedMediaType => ProblemDetailsSetup.Create(415, ErrorCodes.UnsupportedMediaType, "Unsupported media type", "Send application/json."),
        _ when bad.InnerException is JsonException => ProblemDetailsSetup.Create(400, ErrorCodes.MalformedRequest, "Malformed request body", "The body is not valid JSON for this endpoint."),
        _ => ProblemDetailsSetup.Create(bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : 400, ErrorCodes.MalformedRequest, "Bad request", "The request could not be read; check the parameters and body."),
    };

    private static ProblemDetails FromPostgres(PostgresException pg) => pg.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => ProblemDetailsSetup.Create(409, ErrorCodes.DuplicateValue, "Conflict", "A record with the same unique value already exists."),
        PostgresErrorCodes.ExclusionViolation => ProblemDetailsSetup.Create(409, ErrorCodes.Conflict, "Conflict", "The change overlaps an existing record."),
        // Text PostgreSQL cannot store (U+0000, or bytes invalid in UTF-8) that got past validation: the client's input, not our failure.
        PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter =>
            ProblemDetailsSetup.Create(400, ErrorCodes.MalformedRequest, "Bad request", "The request contains characters that cannot be stored (such as U+0000)."),
        PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected => ProblemDetailsSetup.Create(409, ErrorCodes.Conflict, "Conflict", "A concurrent change won; retry the request."),
        _ => ProblemDetailsSetup.Create(StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, "An unexpected error occurred", "The error was logged; quote the traceId when reporting it."),
    };

    private static int StatusFor(ErrorKind kind) => kind switch
    {
        ErrorKind.BadRequest => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorKind.BadGateway => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleFor(ErrorKind kind) => kind switch
    {
        ErrorKind.BadRequest => "Bad request",
        ErrorKind.Unauthorized => "Unauthorized",
        ErrorKind.Forbidden => "Forbidden",
        ErrorKind.NotFound => "Not found",
        ErrorKind.Conflict => "Conflict",
        ErrorKind.Unprocessable => "Unprocessable request",
        ErrorKind.TooLarge => "Request too large",
        ErrorKind.UnsupportedMediaType => "Unsupported media type",
        ErrorKind.BadGateway => "Bad gateway",
        _ => "Error",
    };
}

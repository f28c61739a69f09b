using System.Net;

namespace StayHub.Http.Client;

/// <summary>
/// The server answered a call with an error (RFC 9457 Problem Details): the status, the stable machine <see cref="Code"/>
/// (<c>booking.dates_unavailable</c>, <c>validation_failed</c>, …) and, for validation, the messages per field.
/// </summary>
public sealed class StayHubRemoteException : Exception
{
    /// <summary>Creates the exception from what the server said.</summary>
    /// <param name="status">HTTP status code.</param>
    /// <param name="code">Stable error code (<c>http.&lt;status&gt;</c> when the answer carried none).</param>
    /// <param name="title">Problem title, if any.</param>
    /// <param name="detail">Problem detail, if any.</param>
    /// <param name="traceId">Trace id to quote to the operators, if any.</param>
    /// <param name="errors">Validation messages per field (empty when none).</param>
    /// <param name="retryAfter">The <c>Retry-After</c> of a 429/503, if any.</param>
    public StayHubRemoteException(int status, string code, string? title, string? detail, string? traceId,
        IReadOnlyDictionary<string, string[]> errors, TimeSpan? retryAfter = null)
        : base(BuildMessage(status, code, title, detail, traceId))
    {
        Status = status;
        Code = code;
        Title = title;
        Detail = detail;
        TraceId = traceId;
        Errors = errors;
        RetryAfter = retryAfter;
    }

    /// <summary>HTTP status code (400, 401, 403, 404, 409, 422, 429, 5xx…).</summary>
    public int Status { get; }

    /// <summary>The status as an enum, for comparisons with <see cref="HttpStatusCode"/>.</summary>
    public HttpStatusCode StatusCode => (HttpStatusCode)Status;

    /// <summary>Stable machine code of the error.</summary>
    public string Code { get; }

    /// <summary>Short, human summary of the problem type.</summary>
    public string? Title { get; }

    /// <summary>Human explanation of this occurrence.</summary>
    public string? Detail { get; }

    /// <summary>The server's trace id of the failed request.</summary>
    public string? TraceId { get; }

    /// <summary>For <c>validation_failed</c>: messages per field (camelCase names as in the request); otherwise empty.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>How long the server asked to wait before trying again, if it said.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string BuildMessage(int status, string code, string? title, string? detail, string? traceId) =>
        $"StayHub answered {status} {code}: {detail ?? title ?? "(no detail)"}" + (traceId is null ? string.Empty : $" (trace {traceId})");
}

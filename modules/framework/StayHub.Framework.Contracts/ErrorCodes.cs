namespace StayHub.Framework.Contracts;

/// <summary>Stable machine codes carried in every Problem Details answer that no single module owns.</summary>
public static class ErrorCodes
{
    /// <summary>One or more fields failed validation; see <c>errors</c>.</summary>
    public const string ValidationFailed = "validation_failed";

    /// <summary>The request body is not well-formed JSON or cannot be bound.</summary>
    public const string MalformedRequest = "request.malformed";

    /// <summary>The request body exceeds the endpoint's size limit.</summary>
    public const string RequestTooLarge = "request.too_large";

    /// <summary>The request's content type is not accepted by the endpoint.</summary>
    public const string UnsupportedMediaType = "request.unsupported_media_type";

    /// <summary>No or an invalid access token.</summary>
    public const string Unauthorized = "auth.unauthorized";

    /// <summary>Authenticated, but lacking the permission for this function.</summary>
    public const string Forbidden = "auth.forbidden";

    /// <summary>The resource does not exist or is not visible to the caller.</summary>
    public const string NotFound = "not_found";

    /// <summary>The HTTP method is not supported on this route.</summary>
    public const string MethodNotAllowed = "method_not_allowed";

    /// <summary>The change conflicts with the current state.</summary>
    public const string Conflict = "conflict";

    /// <summary>A unique value is already taken.</summary>
    public const string DuplicateValue = "conflict.duplicate";

    /// <summary>Too many requests; retry after the <c>Retry-After</c> delay.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>An unexpected server error; details are in the server log under the trace id.</summary>
    public const string InternalError = "internal_error";

    /// <summary>A dependency (database, cache) is temporarily unavailable.</summary>
    public const string ServiceUnavailable = "service_unavailable";
}

namespace StayHub.Framework.Errors;

/// <summary>What kind of failure an exception reports; the HTTP layer maps each kind to one status code.</summary>
public enum ErrorKind
{
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    Unprocessable,
    TooLarge,
    UnsupportedMediaType,

    /// <summary>An upstream service (a payment provider) failed or could not be reached; nothing was changed.</summary>
    BadGateway,
}

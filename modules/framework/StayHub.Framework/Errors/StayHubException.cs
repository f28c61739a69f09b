using StayHub.Framework.Contracts;

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

/// <summary>
/// A failure the caller can act on. Its <see cref="Code"/> is part of the public contract; its message is
/// safe to show (it never carries internals).
/// </summary>
public class StayHubException(ErrorKind kind, string code, string message) : Exception(message)
{
    public ErrorKind Kind { get; } = kind;

    public string Code { get; } = code;
}

public sealed class NotFoundException(string what)
    : StayHubException(ErrorKind.NotFound, ErrorCodes.NotFound, $"{what} was not found.");

public sealed class ConflictException(string code, string message)
    : StayHubException(ErrorKind.Conflict, code, message);

public sealed class ForbiddenException(string message = "You do not have permission to do this.")
    : StayHubException(ErrorKind.Forbidden, ErrorCodes.Forbidden, message);

/// <summary>Field-level validation failures, reported as 400 <c>validation_failed</c> with an <c>errors</c> map.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : StayHubException(ErrorKind.BadRequest, ErrorCodes.ValidationFailed, "One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException ForField(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

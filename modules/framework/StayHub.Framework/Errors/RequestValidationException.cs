using StayHub.Framework.Contracts;

namespace StayHub.Framework.Errors;

/// <summary>Field-level validation failures, reported as 400 <c>validation_failed</c> with an <c>errors</c> map.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : StayHubException(ErrorKind.BadRequest, ErrorCodes.ValidationFailed, "One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException ForField(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

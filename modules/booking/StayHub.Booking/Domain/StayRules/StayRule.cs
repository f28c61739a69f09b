using StayHub.Framework.Errors;

namespace StayHub.Booking.Domain.StayRules;

/// <summary>
/// One reason a stay cannot be booked, with its own stable code, its own message and its own kind of refusal, so a
/// quote names exactly the rule that failed and a booking refuses with exactly that rule's answer.
/// </summary>
internal abstract class StayRule(string code, ErrorKind kind, string message)
{
    /// <summary>The stable error code (a <c>BookingErrorCodes</c> value).</summary>
    public string Code { get; } = code;

    /// <summary>What the refusal maps to (400 or 409).</summary>
    public ErrorKind Kind { get; } = kind;

    /// <summary>The message a caller reads.</summary>
    public string Message { get; } = message;

    /// <summary>Whether <paramref name="request"/> breaks this rule.</summary>
    public abstract ValueTask<bool> IsBrokenByAsync(StayRequest request, CancellationToken cancellationToken);

    /// <summary>The refusal a booking gets when this rule is broken.</summary>
    public StayHubException ToException() =>
        Kind == ErrorKind.Conflict ? new ConflictException(Code, Message) : new StayHubException(Kind, Code, Message);
}

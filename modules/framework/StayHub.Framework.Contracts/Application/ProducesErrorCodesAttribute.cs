namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// Stable error codes the method answers besides the ones the framework derives from the conventions (validation,
/// sign-in, permission, content type, idempotency, rate limit, <c>not_found</c> with a 404): constants of a
/// <c>*ErrorCodes</c> class, e.g. <c>[ProducesErrorCodes(BookingErrorCodes.DatesUnavailable)]</c>. Published as the
/// operation's <c>x-error-codes</c> in the OpenAPI document.
/// </summary>
/// <param name="codes">The codes.</param>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ProducesErrorCodesAttribute(params string[] codes) : Attribute
{
    /// <summary>The codes.</summary>
    public IReadOnlyList<string> Codes { get; } = codes;
}

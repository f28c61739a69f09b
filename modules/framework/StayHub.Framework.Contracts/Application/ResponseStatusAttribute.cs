namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// The success status when it is neither the convention's 200 (a result) / 204 (none) nor a 201 of
/// <see cref="CreatedAttribute"/>: e.g. 202 for work accepted for later.
/// </summary>
/// <param name="statusCode">HTTP status code.</param>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ResponseStatusAttribute(int statusCode) : Attribute
{
    /// <summary>HTTP status code of success.</summary>
    public int StatusCode { get; } = statusCode;
}

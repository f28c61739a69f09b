namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// Error statuses the method answers besides the ones the framework derives (400 for invalid input, 401 when
/// signing in is required, 403 with a permission, 415 when a body is read, 429 when rate-limited): e.g. 404, 409,
/// 502. Documented in OpenAPI and <c>/api/definition</c>.
/// </summary>
/// <param name="statusCodes">HTTP status codes.</param>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ProducesErrorsAttribute(params int[] statusCodes) : Attribute
{
    /// <summary>HTTP status codes.</summary>
    public IReadOnlyList<int> StatusCodes { get; } = statusCodes;
}

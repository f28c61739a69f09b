namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// Calls count against a named rate-limit policy of the host (e.g. <c>auth</c>) besides the global budget; an
/// exhausted budget answers 429 with <c>Retry-After</c>. On the interface: every method.
/// </summary>
/// <param name="policy">Name of the policy.</param>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method, Inherited = false)]
public sealed class RateLimitedAttribute(string policy) : Attribute
{
    /// <summary>Name of the policy.</summary>
    public string Policy { get; } = policy;
}

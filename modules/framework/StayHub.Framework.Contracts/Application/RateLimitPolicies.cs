namespace StayHub.Framework.Contracts.Application;

/// <summary>Names of the rate-limit policies every StayHub host defines, for <see cref="RateLimitedAttribute"/>.</summary>
public static class RateLimitPolicies
{
    /// <summary>Endpoints that take credentials or send account mail: a small budget per client address.</summary>
    public const string Auth = "auth";
}

namespace StayHub.Framework.Contracts.Application;

/// <summary>The method (or every method of the service) may be called without signing in; the default is signed-in callers only.</summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method, Inherited = false)]
public sealed class AnonymousAttribute : Attribute;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>
/// Names the application-service method a client test calls through the proxy. <see cref="CoverageTests"/> fails
/// for every interface method that no test names, so a method added without a client test breaks the build's tests.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CoversMethodAttribute(Type service, string method) : Attribute
{
    public Type Service { get; } = service;

    public string Method { get; } = method;
}

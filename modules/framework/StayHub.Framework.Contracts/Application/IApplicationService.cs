namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// Marks an interface in a module's Contracts as an application service: its methods are the module's use cases,
/// and the framework maps each one as an HTTP endpoint, documents it in OpenAPI and <c>/api/definition</c>, checks
/// its permission and validates its arguments on every call, and <c>StayHub.Http.Client</c> builds a proxy for it.
/// Route, verb and binding come from <see cref="ApplicationServiceConventions"/> and the attributes in this namespace.
/// </summary>
public interface IApplicationService;

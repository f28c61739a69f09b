namespace StayHub.Framework.Contracts.Application;

/// <summary>Maps the method as HTTP PUT (see <see cref="HttpVerbAttribute"/> for the template).</summary>
/// <param name="template">Route relative to the service prefix, absolute when it starts with <c>/</c>; <c>null</c>: by convention.</param>
public sealed class PutAttribute(string? template = null) : HttpVerbAttribute("PUT", template);

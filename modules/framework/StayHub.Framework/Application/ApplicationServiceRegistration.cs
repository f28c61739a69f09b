namespace StayHub.Framework.Application;

/// <summary>An application service a module registered: its interface and the internal class implementing it.</summary>
/// <param name="ServiceType">The Contracts interface.</param>
/// <param name="ImplementationType">The implementation in the module's core.</param>
public sealed record ApplicationServiceRegistration(Type ServiceType, Type ImplementationType);

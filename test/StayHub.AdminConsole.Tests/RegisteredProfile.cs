namespace StayHub.AdminConsole.Tests;

/// <summary>The part of the register answer the tests read.</summary>
public sealed record RegisteredProfile(Guid Id, string Email);

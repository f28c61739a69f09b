namespace StayHub.Host.Tests.Fuzzing;

/// <summary>Who sends a generated request.</summary>
public enum FuzzCaller
{
    Anonymous,
    Guest,
    Host,
    Admin,
}

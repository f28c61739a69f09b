namespace StayHub.Host.Tests.Fuzzing;

/// <summary>
/// JSON text written as given: numbers no .NET type holds (1e400, -0, 12345678901234567890123) and nesting far
/// deeper than a recursive writer should build.
/// </summary>
public sealed record RawJson(string Text);

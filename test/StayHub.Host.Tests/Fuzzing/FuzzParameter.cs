using System.Text.Json;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>One path, query or header parameter of an operation, as the OpenAPI document describes it.</summary>
public sealed record FuzzParameter(string Name, string In, bool Required, JsonElement Schema);

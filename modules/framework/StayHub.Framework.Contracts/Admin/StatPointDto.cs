namespace StayHub.Framework.Contracts.Admin;

/// <summary>One bucket of a series.</summary>
/// <param name="Start">Start of the bucket.</param>
/// <param name="Value">Count in the bucket.</param>
public sealed record StatPointDto(DateTimeOffset Start, long Value);

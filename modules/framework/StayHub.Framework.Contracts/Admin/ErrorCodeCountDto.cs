namespace StayHub.Framework.Contracts.Admin;

/// <summary>How often an error code was answered.</summary>
/// <param name="Code">Problem Details code.</param>
/// <param name="Count">Answers with it.</param>
public sealed record ErrorCodeCountDto(string Code, long Count);

namespace StayHub.Framework.Contracts.Admin;

/// <summary>One count on the dashboard.</summary>
/// <param name="Name">Stable name, <c>module.figure</c> (e.g. <c>bookings.created</c>).</param>
/// <param name="DisplayName">Label for people.</param>
/// <param name="Value">The count.</param>
public sealed record StatCounterDto(string Name, string DisplayName, long Value);

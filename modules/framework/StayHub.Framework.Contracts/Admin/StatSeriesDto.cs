namespace StayHub.Framework.Contracts.Admin;

/// <summary>A count per time bucket, for a chart.</summary>
/// <param name="Name">Stable name (e.g. <c>requests</c>).</param>
/// <param name="DisplayName">Label for people.</param>
/// <param name="Points">One point per bucket of the window, oldest first, zeros included.</param>
public sealed record StatSeriesDto(string Name, string DisplayName, IReadOnlyList<StatPointDto> Points);

namespace StayHub.Framework.Contracts.Admin;

/// <summary>
/// Requests in the window, from the audit rows: those are written for every request except GET, HEAD and OPTIONS,
/// so these figures describe the changes people and clients tried, not the reads.
/// </summary>
/// <param name="Count">Audited requests.</param>
/// <param name="Errors">Those answered 4xx or 5xx.</param>
/// <param name="ServerErrors">Those answered 5xx.</param>
/// <param name="ErrorRate">Errors / Count (0 when there was none), 0..1.</param>
/// <param name="P50Ms">Median duration in milliseconds (nearest rank); null when there was none.</param>
/// <param name="P95Ms">95th percentile duration in milliseconds (nearest rank); null when there was none.</param>
/// <param name="TopErrorCodes">The ten most frequent Problem Details codes, most frequent first.</param>
public sealed record RequestStatsDto(long Count, long Errors, long ServerErrors, double ErrorRate, long? P50Ms, long? P95Ms, IReadOnlyList<ErrorCodeCountDto> TopErrorCodes);

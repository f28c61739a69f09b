namespace StayHub.Framework.Contracts.Admin;

/// <summary>
/// Every request every node answered in the window, reads included (the console's files, health probes and the
/// metrics scrape excepted), from the per-node minute rows: the window is read in whole minutes and lags the traffic
/// by at most the flush interval (5 s).
/// </summary>
/// <param name="Count">Requests answered.</param>
/// <param name="Errors">Those answered 4xx or 5xx.</param>
/// <param name="ServerErrors">Those answered 5xx.</param>
/// <param name="ErrorRate">Errors / Count (0 when there was none), 0..1.</param>
/// <param name="P50Ms">Median duration in milliseconds (nearest rank over fixed latency buckets, given as the upper bound of its bucket: at most 1 ms above the true value up to 10 ms, at most a third above beyond); null when there was none.</param>
/// <param name="P95Ms">95th percentile duration in milliseconds, with the same precision as <paramref name="P50Ms"/>; null when there was none.</param>
/// <param name="TopErrorCodes">The ten most frequent Problem Details codes, most frequent first.</param>
public sealed record RequestStatsDto(long Count, long Errors, long ServerErrors, double ErrorRate, long? P50Ms, long? P95Ms, IReadOnlyList<ErrorCodeCountDto> TopErrorCodes);

namespace StayHub.Framework.Contracts.Admin;

/// <summary>The dashboard: what happened in the period, per module, with series for charts.</summary>
/// <param name="Period">1h, 24h, 7d or 30d.</param>
/// <param name="From">Start of the window (inclusive).</param>
/// <param name="To">End of the window (exclusive): when the figures were read.</param>
/// <param name="BucketSeconds">Length of one series bucket in seconds (300, 3600, 21600 or 86400).</param>
/// <param name="Counters">Counts: <c>bookings.created</c>, <c>bookings.confirmed</c>, <c>bookings.cancelled</c>, <c>users.new</c>, <c>listings.active</c>, … sorted by name.</param>
/// <param name="Amounts">Money per currency: <c>bookings.gross_value</c>, <c>payments.platform_fees</c>, … sorted by name.</param>
/// <param name="Requests">Request count, error rate, latency percentiles and top error codes.</param>
/// <param name="Series">Per-bucket counts: <c>bookings.created</c>, <c>users.new</c>, <c>requests</c>, <c>requests.errors</c>, … sorted by name.</param>
public sealed record AdminStatsDto(
    string Period,
    DateTimeOffset From,
    DateTimeOffset To,
    int BucketSeconds,
    IReadOnlyList<StatCounterDto> Counters,
    IReadOnlyList<StatAmountsDto> Amounts,
    RequestStatsDto Requests,
    IReadOnlyList<StatSeriesDto> Series);

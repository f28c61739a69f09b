namespace StayHub.Framework.Contracts.Admin;

/// <summary>What one module adds to the dashboard; names are <c>module.figure</c> and unique across modules.</summary>
/// <param name="Counters">Counts over the window (or now, for a state such as active listings).</param>
/// <param name="Amounts">Money over the window, one entry per currency.</param>
/// <param name="Series">Counts per bucket, for charts.</param>
public sealed record AdminStatsContribution(
    IReadOnlyList<StatCounterDto> Counters,
    IReadOnlyList<StatAmountsDto> Amounts,
    IReadOnlyList<StatSeriesDto> Series);

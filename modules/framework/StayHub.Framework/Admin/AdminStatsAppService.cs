using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Errors;
using StayHub.Framework.RequestStats;

namespace StayHub.Framework.Admin;

/// <summary>
/// Asks every module's <see cref="IAdminStatsContributor"/> for the window and adds the request figures the framework
/// owns (every node's minute rows of every request, <see cref="RequestStatsRecorder"/>). Modules never read each
/// other's tables: each answers for its own.
/// </summary>
internal sealed class AdminStatsAppService(
    IEnumerable<IAdminStatsContributor> contributors,
    RequestFiguresReader requestFigures,
    TimeProvider clock) : IAdminStatsAppService
{
    /// <summary>Period → (length, bucket): about 12 to 30 points per chart.</summary>
    private static readonly Dictionary<string, (TimeSpan Length, TimeSpan Bucket)> Periods = new(StringComparer.Ordinal)
    {
        ["1h"] = (TimeSpan.FromHours(1), TimeSpan.FromMinutes(5)),
        ["24h"] = (TimeSpan.FromHours(24), TimeSpan.FromHours(1)),
        ["7d"] = (TimeSpan.FromDays(7), TimeSpan.FromHours(6)),
        ["30d"] = (TimeSpan.FromDays(30), TimeSpan.FromDays(1)),
    };

    public async Task<AdminStatsDto> GetStatsAsync(string? period, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(period) ? "24h" : period.Trim();
        if (!Periods.TryGetValue(name, out var shape))
        {
            throw RequestValidationException.ForField("period", "period must be one of 1h, 24h, 7d, 30d.");
        }

        var now = clock.GetUtcNow();
        var window = new AdminStatsWindow(now - shape.Length, now, shape.Bucket);

        var counters = new List<StatCounterDto>();
        var amounts = new List<StatAmountsDto>();
        var series = new List<StatSeriesDto>(await requestFigures.SeriesAsync(window, cancellationToken));
        foreach (var contributor in contributors)
        {
            var contribution = await contributor.ContributeAsync(window, cancellationToken);
            counters.AddRange(contribution.Counters);
            amounts.AddRange(contribution.Amounts);
            series.AddRange(contribution.Series);
        }

        return new AdminStatsDto(
            name,
            window.From,
            window.To,
            (int)window.Bucket.TotalSeconds,
            [.. counters.OrderBy(c => c.Name, StringComparer.Ordinal)],
            [.. amounts.OrderBy(a => a.Name, StringComparer.Ordinal)],
            await requestFigures.ReadAsync(window, cancellationToken),
            [.. series.OrderBy(s => s.Name, StringComparer.Ordinal)]);
    }
}

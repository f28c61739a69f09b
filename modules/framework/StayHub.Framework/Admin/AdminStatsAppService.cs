using Npgsql;
using StayHub.Framework.Auditing;
using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Admin;

/// <summary>
/// Asks every module's <see cref="IAdminStatsContributor"/> for the window and adds the request figures the framework
/// owns (the audit rows). Modules never read each other's tables: each answers for its own.
/// </summary>
internal sealed class AdminStatsAppService(
    IEnumerable<IAdminStatsContributor> contributors,
    NpgsqlDataSource dataSource,
    TimeProvider clock) : IAdminStatsAppService
{
    private const string AuditTable = $"{AuditDbContext.SchemaName}.audit_logs";

    /// <summary>Period → (length, bucket): about 12 to 30 points per chart.</summary>
    private static readonly Dictionary<string, (TimeSpan Length, TimeSpan Bucket)> Periods = new(StringComparer.Ordinal)
    {
        ["1h"] = (TimeSpan.FromHours(1), TimeSpan.FromMinutes(5)),
        ["24h"] = (TimeSpan.FromHours(24), TimeSpan.FromHours(1)),
        ["7d"] = (TimeSpan.FromDays(7), TimeSpan.FromHours(6)),
        ["30d"] = (TimeSpan.FromDays(30), TimeSpan.FromDays(1)),
    };

    private const string RequestFigures =
        $"""
        SELECT count(*),
               count(*) FILTER (WHERE status_code >= 400),
               count(*) FILTER (WHERE status_code >= 500),
               percentile_disc(0.5) WITHIN GROUP (ORDER BY duration_ms),
               percentile_disc(0.95) WITHIN GROUP (ORDER BY duration_ms)
        FROM {AuditTable}
        WHERE created_at >= @from AND created_at < @to
        """;

    private const string TopErrorCodes =
        $"""
        SELECT error_code, count(*) FROM {AuditTable}
        WHERE created_at >= @from AND created_at < @to AND error_code IS NOT NULL
        GROUP BY error_code ORDER BY count(*) DESC, error_code COLLATE "C" LIMIT 10
        """;

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
        var series = new List<StatSeriesDto>
        {
            await StatsSql.CountSeriesAsync(dataSource, AuditTable, "created_at", null, window, "requests", "Requests (non-GET)", cancellationToken),
            await StatsSql.CountSeriesAsync(dataSource, AuditTable, "created_at", "status_code >= 400", window, "requests.errors", "Requests answered 4xx/5xx", cancellationToken),
        };
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
            await RequestsAsync(window, cancellationToken),
            [.. series.OrderBy(s => s.Name, StringComparer.Ordinal)]);
    }

    private async Task<RequestStatsDto> RequestsAsync(AdminStatsWindow window, CancellationToken cancellationToken)
    {
        long count, errors, serverErrors;
        long? p50, p95;
        await using (var command = Windowed(RequestFigures, window))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            count = reader.GetInt64(0);
            errors = reader.GetInt64(1);
            serverErrors = reader.GetInt64(2);
            p50 = reader.IsDBNull(3) ? null : reader.GetInt64(3);
            p95 = reader.IsDBNull(4) ? null : reader.GetInt64(4);
        }

        var top = new List<ErrorCodeCountDto>();
        await using (var command = Windowed(TopErrorCodes, window))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                top.Add(new ErrorCodeCountDto(reader.GetString(0), reader.GetInt64(1)));
            }
        }

        return new RequestStatsDto(count, errors, serverErrors, count == 0 ? 0 : (double)errors / count, p50, p95, top);
    }

    private NpgsqlCommand Windowed(string sql, AdminStatsWindow window)
    {
        var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("from", window.From.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("to", window.To.ToUniversalTime()));
        return command;
    }
}

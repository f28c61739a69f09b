using Npgsql;
using StayHub.Framework.Contracts.Admin;

namespace StayHub.Framework.RequestStats;

/// <summary>
/// The dashboard's request figures for a window, from every node's minute rows: totals, percentiles from the merged
/// histogram (<see cref="LatencyHistogram"/>), series and top error codes. Windows are read in whole minutes: the
/// minute the window starts in counts whole.
/// </summary>
internal sealed class RequestFiguresReader(NpgsqlDataSource dataSource)
{
    public async Task<RequestStatsDto> ReadAsync(AdminStatsWindow window, CancellationToken cancellationToken)
    {
        long count, clientErrors, serverErrors;
        await using (var command = Windowed(RequestStatsSql.Totals, window))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            count = reader.GetInt64(0);
            clientErrors = reader.GetInt64(1);
            serverErrors = reader.GetInt64(2);
        }

        var buckets = new long[LatencyHistogram.BucketCount];
        await using (var command = Windowed(RequestStatsSql.MergedHistogram, window))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var index = reader.GetInt32(0) - 1;
                if (index >= 0 && index < buckets.Length)
                {
                    buckets[index] = reader.GetInt64(1);
                }
            }
        }

        var top = new List<ErrorCodeCountDto>();
        await using (var command = Windowed(RequestStatsSql.TopErrorCodes, window))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                top.Add(new ErrorCodeCountDto(reader.GetString(0), reader.GetInt64(1)));
            }
        }

        var errors = clientErrors + serverErrors;
        return new RequestStatsDto(
            count,
            errors,
            serverErrors,
            count == 0 ? 0 : (double)errors / count,
            LatencyHistogram.Percentile(buckets, 0.5),
            LatencyHistogram.Percentile(buckets, 0.95),
            top);
    }

    /// <summary>The series <c>requests</c> and <c>requests.errors</c>, one point per window bucket.</summary>
    public async Task<IReadOnlyList<StatSeriesDto>> SeriesAsync(AdminStatsWindow window, CancellationToken cancellationToken)
    {
        var requests = new long[window.BucketCount];
        var errors = new long[window.BucketCount];
        await using var command = Windowed(RequestStatsSql.Series, window);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("windowStart", window.From.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<double>("bucket", window.Bucket.TotalSeconds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var bucket = reader.GetInt32(0);
            if (bucket >= 0 && bucket < requests.Length)
            {
                requests[bucket] = reader.GetInt64(1);
                errors[bucket] = reader.GetInt64(2);
            }
        }

        return
        [
            new StatSeriesDto("requests", "Requests", [.. requests.Select((value, i) => new StatPointDto(window.BucketStart(i), value))]),
            new StatSeriesDto("requests.errors", "Requests answered 4xx/5xx", [.. errors.Select((value, i) => new StatPointDto(window.BucketStart(i), value))]),
        ];
    }

    private NpgsqlCommand Windowed(string sql, AdminStatsWindow window)
    {
        var command = dataSource.CreateCommand(sql);
        // Minute rows start on whole minutes: the one the window starts in is read whole.
        var from = window.From.ToUniversalTime();
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("from", from.AddTicks(-(from.Ticks % TimeSpan.TicksPerMinute))));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("to", window.To.ToUniversalTime()));
        return command;
    }
}

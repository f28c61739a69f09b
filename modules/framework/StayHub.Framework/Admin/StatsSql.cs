using Npgsql;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Admin;

namespace StayHub.Framework.Admin;

/// <summary>
/// The two queries every module's dashboard contribution needs, on its own table: counts per bucket of a window, and
/// sums of money per currency. Table, column and condition names are the module's constants, never user input.
/// </summary>
public static class StatsSql
{
    /// <summary>
    /// Rows of <paramref name="relation"/> whose <paramref name="timeColumn"/> falls in the window, counted per bucket
    /// (zeros included); <paramref name="condition"/> narrows the rows (SQL over the table's columns, or null).
    /// </summary>
    public static async Task<StatSeriesDto> CountSeriesAsync(
        NpgsqlDataSource dataSource,
        string relation,
        string timeColumn,
        string? condition,
        AdminStatsWindow window,
        string name,
        string displayName,
        CancellationToken cancellationToken)
    {
        var sql =
            $"""
            SELECT floor(extract(epoch FROM ({timeColumn} - @from)) / @bucket)::int AS bucket, count(*)
            FROM {relation}
            WHERE {timeColumn} >= @from AND {timeColumn} < @to{(condition is null ? "" : $" AND ({condition})")}
            GROUP BY 1
            """;
        await using var command = dataSource.CreateCommand(sql);
        AddWindow(command, window);
        var counts = new long[window.BucketCount];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var bucket = reader.GetInt32(0);
            if (bucket >= 0 && bucket < counts.Length)
            {
                counts[bucket] = reader.GetInt64(1);
            }
        }

        return new StatSeriesDto(name, displayName, [.. counts.Select((value, i) => new StatPointDto(window.BucketStart(i), value))]);
    }

    /// <summary>Sum of <paramref name="amountColumn"/> per <paramref name="currencyColumn"/> over the rows whose time falls in the window.</summary>
    public static async Task<StatAmountsDto> SumByCurrencyAsync(
        NpgsqlDataSource dataSource,
        string relation,
        string timeColumn,
        string amountColumn,
        string currencyColumn,
        string? condition,
        AdminStatsWindow window,
        string name,
        string displayName,
        CancellationToken cancellationToken)
    {
        var sql =
            $"""
            SELECT {currencyColumn}, sum({amountColumn})::bigint
            FROM {relation}
            WHERE {timeColumn} >= @from AND {timeColumn} < @to AND {currencyColumn} IS NOT NULL{(condition is null ? "" : $" AND ({condition})")}
            GROUP BY 1
            ORDER BY 1
            """;
        await using var command = dataSource.CreateCommand(sql);
        AddWindow(command, window);
        var amounts = new List<Money>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            amounts.Add(new Money(reader.IsDBNull(1) ? 0 : reader.GetInt64(1), reader.GetString(0)));
        }

        return new StatAmountsDto(name, displayName, amounts);
    }

    /// <summary>The counter of a series: its points added up.</summary>
    public static StatCounterDto Total(StatSeriesDto series) => new(series.Name, series.DisplayName, series.Points.Sum(p => p.Value));

    private static void AddWindow(NpgsqlCommand command, AdminStatsWindow window)
    {
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("from", window.From.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("to", window.To.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<double>("bucket", window.Bucket.TotalSeconds));
    }
}

namespace StayHub.Framework.RequestStats;

/// <summary>The statements over the minute rows: add (upsert-add), read for a window, delete expired.</summary>
internal static class RequestStatsSql
{
    private const string Minutes = $"{RequestStatsDbContext.SchemaName}.request_minutes";
    private const string ErrorCodes = $"{RequestStatsDbContext.SchemaName}.request_minute_error_codes";

    /// <summary>Adds a node's counts to its row of the minute; histograms add bucket by bucket (a longer one keeps its tail).</summary>
    public const string AddMinute =
        $"""
        INSERT INTO {Minutes} (minute, node, requests, client_errors, server_errors, latency_buckets)
        VALUES (@minute, @node, @requests, @client_errors, @server_errors, @buckets)
        ON CONFLICT (minute, node) DO UPDATE SET
            requests = request_minutes.requests + excluded.requests,
            client_errors = request_minutes.client_errors + excluded.client_errors,
            server_errors = request_minutes.server_errors + excluded.server_errors,
            latency_buckets = ARRAY(
                SELECT coalesce(stored, 0) + coalesce(added, 0)
                FROM unnest(request_minutes.latency_buckets, excluded.latency_buckets) WITH ORDINALITY AS b(stored, added, i)
                ORDER BY i)
        """;

    public const string AddErrorCodes =
        $"""
        INSERT INTO {ErrorCodes} (minute, node, code, count)
        SELECT @minute, @node, c.code, c.count FROM unnest(@codes, @counts) AS c(code, count)
        ON CONFLICT (minute, node, code) DO UPDATE SET count = request_minute_error_codes.count + excluded.count
        """;

    /// <summary>Totals of the window's minutes, every node.</summary>
    public const string Totals =
        $"""
        SELECT coalesce(sum(requests), 0)::bigint, coalesce(sum(client_errors), 0)::bigint, coalesce(sum(server_errors), 0)::bigint
        FROM {Minutes} WHERE minute >= @from AND minute < @to
        """;

    /// <summary>The window's histograms merged: bucket (1-based) → requests.</summary>
    public const string MergedHistogram =
        $"""
        SELECT b.i::int, sum(b.n)::bigint
        FROM {Minutes} r, unnest(r.latency_buckets) WITH ORDINALITY AS b(n, i)
        WHERE r.minute >= @from AND r.minute < @to
        GROUP BY b.i
        """;

    /// <summary>Requests and errors per series bucket; a minute that began before the window counts into the first.</summary>
    public const string Series =
        $"""
        SELECT greatest(0, floor(extract(epoch FROM (minute - @windowStart)) / @bucket))::int, sum(requests)::bigint,
               sum(client_errors + server_errors)::bigint
        FROM {Minutes} WHERE minute >= @from AND minute < @to
        GROUP BY 1
        """;

    public const string TopErrorCodes =
        $"""
        SELECT code, sum(count)::bigint FROM {ErrorCodes}
        WHERE minute >= @from AND minute < @to
        GROUP BY code ORDER BY 2 DESC, code COLLATE "C" LIMIT 10
        """;

    public const string DeleteMinutesBatch =
        $"""
        DELETE FROM {Minutes}
        WHERE (minute, node) IN (SELECT minute, node FROM {Minutes} WHERE minute < @cutoff ORDER BY minute LIMIT @batch)
        """;

    public const string DeleteErrorCodesBatch =
        $"""
        DELETE FROM {ErrorCodes}
        WHERE (minute, node, code) IN (SELECT minute, node, code FROM {ErrorCodes} WHERE minute < @cutoff ORDER BY minute LIMIT @batch)
        """;
}

using System.Net.Sockets;
using Npgsql;
using StackExchange.Redis;

namespace StayHub.Framework.Http.Errors;

/// <summary>
/// Tells a failure to reach PostgreSQL or Redis (down, restarting, refusing connections, connection cut mid-query)
/// from a bug. Such a request is answered 503 <c>service_unavailable</c> with <c>Retry-After</c>: the client did
/// nothing wrong and the same request will work once the dependency is back, so a 500 would be a lie.
/// </summary>
internal static class DependencyOutage
{
    /// <summary>Seconds a client should wait before retrying; about what a database restart or failover takes.</summary>
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return IsUnavailableState(pg.SqlState);
                // No server answer at all: refused, reset, timed out while connecting or reading.
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case RedisConnectionException or RedisTimeoutException:
                    return true;
            }
        }

        return false;
    }

    // 57P01-57P03: admin/crash shutdown, cannot connect now (starting up, shutting down); class 08: connection
    // exceptions; 53300: too many connections.
    private static bool IsUnavailableState(string sqlState) =>
        sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections
        || sqlState.StartsWith("08", StringComparison.Ordinal);
}

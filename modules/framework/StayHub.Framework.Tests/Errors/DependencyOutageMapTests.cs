using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StackExchange.Redis;
using StayHub.Framework.Http.Errors;

namespace StayHub.Framework.Tests.Errors;

/// <summary>
/// PostgreSQL or Redis unreachable (restart, failover, connection cut) is a 503 <c>service_unavailable</c> the client
/// may retry, never a 500; a real database error keeps its own answer.
/// </summary>
public sealed class DependencyOutageMapTests
{
    private static string? Code(ProblemDetails problem) => problem.Extensions["code"] as string;

    public static TheoryData<string, Exception> Outages() => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)) },
        { "connection cut mid-query", new NpgsqlException("Exception while reading from stream", new IOException("Unable to read data from the transport connection")) },
        { "server shutting down (57P01)", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown) },
        { "server starting up (57P03)", new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow) },
        { "too many connections (53300)", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections) },
        { "inside EF's DbUpdateException", new DbUpdateException("An error occurred while saving", new NpgsqlException("Exception while writing to stream", new IOException("broken pipe"))) },
        { "inside EF's transient-failure wrapper", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))) },
        { "Redis unreachable", new RedisConnectionException(ConnectionFailureType.UnableToConnect, CommandFlags.None, "No connection is active/available to service this operation", null, CommandStatus.WaitingToBeSent) },
        { "Redis timeout", new RedisTimeoutException(CommandFlags.None, "Timeout awaiting response", CommandStatus.Sent) },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void An_unreachable_dependency_is_503_service_unavailable(string what, Exception exception)
    {
        var problem = StayHubExceptionHandler.Map(exception);

        problem.Status.ShouldBe(503, what);
        Code(problem).ShouldBe("service_unavailable", what);
    }

    [Fact]
    public void A_database_error_that_is_not_an_outage_keeps_its_answer()
    {
        StayHubExceptionHandler.Map(new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)).Status.ShouldBe(409);
        StayHubExceptionHandler.Map(new PostgresException("syntax error", "ERROR", "ERROR", PostgresErrorCodes.SyntaxError)).Status.ShouldBe(500);
        StayHubExceptionHandler.Map(new InvalidOperationException("a bug")).Status.ShouldBe(500);
    }
}

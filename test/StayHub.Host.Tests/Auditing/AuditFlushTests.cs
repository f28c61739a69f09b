using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StayHub.Booking.Contracts;
using StayHub.Framework.Auditing;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Auditing;

/// <summary>
/// Audit rows are written by a background writer: requests answer while the audit table is unavailable, and
/// stopping the host stores every row still queued.
/// </summary>
public sealed class AuditFlushTests
{
    [Fact]
    public async Task Requests_do_not_wait_for_the_audit_insert_and_stopping_the_host_stores_every_queued_row()
    {
        var host = new StayHubAppFactory<Program>();
        await host.InitializeAsync();
        try
        {
            var client = host.CreateClient();

            // Hold the audit table: any request that waited for its INSERT would hang here.
            await using var blocker = new NpgsqlConnection(host.ConnectionString);
            await blocker.OpenAsync();
            var hold = await blocker.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE audit.audit_logs IN ACCESS EXCLUSIVE MODE", blocker, hold))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            var quote = new QuoteRequest(Guid.NewGuid(), new DateOnly(2031, 5, 1), new DateOnly(2031, 5, 3), 2);
            var statuses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
            {
                using var response = await client.PostJsonAsync("/api/bookings/quote", quote).WaitAsync(TimeSpan.FromSeconds(30));
                return response.StatusCode;
            }));
            statuses.ShouldAllBe(s => s == HttpStatusCode.NotFound);
            host.Services.GetRequiredService<AuditLogWriter>().Pending.ShouldBeGreaterThan(0, "rows wait in the queue while the table is held");

            // Stop the host while rows are queued, then let the table go: the stop waits for them.
            var stopping = ((WebApplicationFactory<Program>)host).DisposeAsync().AsTask();
            await Task.Delay(300);
            stopping.IsCompleted.ShouldBeFalse("stopping waits until the queued rows are stored");
            await hold.CommitAsync();
            await stopping.WaitAsync(TimeSpan.FromSeconds(30));

            var stored = await host.ScalarAsync<long>(
                "select count(*) from audit.audit_logs where path = '/api/bookings/quote' and status_code = 404 and error_code = 'not_found'");
            stored.ShouldBe(50);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }
}

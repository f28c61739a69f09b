using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace BookingLoad;

/// <summary>
/// Sends booking requests at fixed due times. Request i books listing i mod L for two nights starting 2·⌊i / L⌋
/// days after the first day, so no two requests of a run ask for the same nights and each should be a 201.
/// </summary>
internal sealed class PacedRun(PacedSettings settings)
{
    private readonly ConcurrentBag<double> latencies = [];
    private int created;
    private int other;
    private double lateSendMaxMs;

    public async Task<PacedResult> RunAsync(CancellationToken cancellationToken)
    {
        // As many connections as the open loop needs: a request never waits for a free connection of ours.
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = settings.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var count = (int)(settings.Rate * settings.Duration.TotalSeconds);
        var interval = Stopwatch.Frequency / settings.Rate;
        var inFlight = new List<Task>(count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * interval);
            await WaitUntilAsync(due, cancellationToken);
            var late = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            if (late > lateSendMaxMs)
            {
                lateSendMaxMs = late;
            }

            inFlight.Add(SendAsync(client, i, due, cancellationToken));
        }

        await Task.WhenAll(inFlight);
        return new PacedResult(settings.Label, settings.Rate, settings.Duration.TotalSeconds, [.. latencies], created, other, lateSendMaxMs);
    }

    private async Task SendAsync(HttpClient client, int i, long due, CancellationToken cancellationToken)
    {
        var listings = settings.Listings;
        var checkIn = settings.FirstDay.AddDays(2 * (i / listings.Length));
        var body = $$"""{"listingId":"{{listings[i % listings.Length]}}","checkIn":"{{checkIn:yyyy-MM-dd}}","checkOut":"{{checkIn.AddDays(2):yyyy-MM-dd}}","guests":1}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Tokens[i % settings.Tokens.Length]);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Interlocked.Increment(ref created);
            }
            else
            {
                Interlocked.Increment(ref other);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref other);
        }
        catch (TaskCanceledException)
        {
            Interlocked.Increment(ref other);
        }

        latencies.Add(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
    }

    /// <summary>Sleeps while the due time is more than 2 ms away (timer granularity), then yields until it comes.</summary>
    private static async Task WaitUntilAsync(long due, CancellationToken cancellationToken)
    {
        while (true)
        {
            var remaining = (due - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency;
            if (remaining <= 0)
            {
                return;
            }

            if (remaining > 2)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(remaining - 1), cancellationToken);
            }
            else
            {
                Thread.Yield();
            }
        }
    }
}

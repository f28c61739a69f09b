using System.Collections.Concurrent;
using System.Diagnostics;

namespace ClusterScenarios;

/// <summary>
/// Booking POSTs through the balancer, half of them fighting over the same dates: zero overlapping held stays (SQL
/// self-join), zero 5xx, every loser a 409 <c>booking.dates_unavailable</c>, every uncontested request a 201, and as
/// many booking rows as 201 answers.
/// </summary>
internal sealed class BookingConflictScenario(ClusterSettings settings, StayHubApi api, Marketplace market, ClusterDatabase db)
{
    public async Task<ScenarioReport> RunAsync(CancellationToken ct)
    {
        var report = new ScenarioReport("bookings");
        var requests = settings.Quick ? 400 : 10_000;
        var concurrency = settings.Quick ? 16 : 64;
        var listingCount = settings.Quick ? 4 : 50;
        var host = await market.HostAsync(ct);
        var listings = await market.ListingsAsync(host, listingCount, ct);
        var guests = await market.UsersAsync("guest", settings.Quick ? 8 : 32, ct);

        // Even requests: a slot of their own (listing j % L for j = i / 2, 2 nights from day 40 on). Odd ones: random 1-3 nights in a
        // 10-day window from day 600 of the same listing, where they fight each other.
        var plan = Enumerable.Range(0, requests).Select(i =>
        {
            var j = i / 2;
            var listing = listings[j % listingCount];
            return i % 2 == 0
                ? (Contested: false, Body: Marketplace.BookingBody(listing, 40 + (2 * (j / listingCount)), 2))
                : (Contested: true, Body: Marketplace.BookingBody(listing, 600 + Random.Shared.Next(0, 8), Random.Shared.Next(1, 4)));
        }).ToArray();

        var answers = new ConcurrentBag<(bool Contested, ApiAnswer Answer)>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, requests, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (i, token) =>
        {
            var answer = await api.SendAsync(HttpMethod.Post, settings.BalancerUrl, "/api/bookings", guests[i % guests.Count].AccessToken,
                StayHubApi.Json(plan[i].Body), cancellationToken: token);
            answers.Add((plan[i].Contested, answer));
        });
        clock.Stop();

        var all = answers.ToList();
        var created = all.Count(a => a.Answer.Status == 201);
        var losers = all.Where(a => a.Answer.Status != 201).ToList();
        var serverErrors = all.Count(a => a.Answer.IsServerError || a.Answer.Status == 0);
        var wrongLosers = losers.Count(a => a.Answer.Status != 409 || a.Answer.Code != "booking.dates_unavailable");
        var latencies = all.Select(a => a.Answer.Elapsed.TotalMilliseconds).Order().ToArray();
        report.Figure($"{requests} POSTs, concurrency {concurrency}, {listingCount} listings, {clock.Elapsed.TotalSeconds:F1} s ({requests / clock.Elapsed.TotalSeconds:F0}/s), p50 {Percentile(latencies, 50):F0} ms, p99 {Percentile(latencies, 99):F0} ms");
        report.Figure($"201: {created} ({all.Count(a => !a.Contested && a.Answer.Status == 201)} uncontested, {all.Count(a => a.Contested && a.Answer.Status == 201)} contested), 409: {losers.Count(a => a.Answer.Status == 409)}, other: {losers.Count(a => a.Answer.Status != 409)}");
        foreach (var odd in losers.Where(a => a.Answer.Status != 409 || a.Answer.Code != "booking.dates_unavailable").GroupBy(a => a.Answer.ToString()).Take(5))
        {
            report.Figure($"  unexpected answer x{odd.Count()}: {odd.Key} {Trim(odd.First().Answer.Body)}");
        }

        var overlaps = await db.OverlappingStaysAsync(listings, ct);
        var rows = await db.BookingsAsync(listings, ct);
        report.Check(overlaps == 0, $"overlapping held stays (SQL self-join): {overlaps}");
        report.Check(serverErrors == 0, $"5xx or no answer: {serverErrors}");
        report.Check(wrongLosers == 0, $"refusals other than 409 booking.dates_unavailable: {wrongLosers}");
        report.Check(all.Where(a => !a.Contested).All(a => a.Answer.Status == 201), $"every uncontested request booked: {all.Count(a => !a.Contested && a.Answer.Status == 201)} of {requests - (requests / 2)}");
        report.Check(all.Any(a => a.Contested && a.Answer.Status == 409), $"the contested half did conflict ({losers.Count} refusals)");
        report.Check(rows == created, $"booking rows {rows} = 201 answers {created}");
        return report;
    }

    internal static double Percentile(double[] sorted, int p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

    internal static string Trim(string body) => body.Length > 200 ? body[..200] : body;
}

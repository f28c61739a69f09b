using System.Collections.Concurrent;
using System.Diagnostics;

namespace ClusterScenarios;

/// <summary>
/// Idempotency-Keys, each sent several times through the balancer (round robin spreads the attempts over both nodes),
/// while node 2 is SIGKILLed mid-run and started again. A client retries what got no final answer (no answer, a
/// balancer 502/503/504, 409 <c>idempotency.in_progress</c> from a key the dead node held). Checks: exactly one booking
/// per key, every final answer of a key byte-identical to its first, no 500.
/// </summary>
internal sealed class IdempotencyKillScenario(ClusterSettings settings, StayHubApi api, Marketplace market, ClusterDatabase db, ClusterControl control)
{
    private const int MaxAttemptsPerAnswer = 60;

    public async Task<ScenarioReport> RunAsync(CancellationToken ct)
    {
        var report = new ScenarioReport("idempotency-kill");
        var keys = settings.Quick ? 120 : 1_000;
        var repeats = 5;
        var listingCount = settings.Quick ? 4 : 20;
        var host = await market.HostAsync(ct);
        var listings = await market.ListingsAsync(host, listingCount, ct);
        var guests = await market.UsersAsync("guest", 8, ct);

        var finals = new ConcurrentDictionary<int, List<ApiAnswer>>();
        var transient = new ConcurrentDictionary<string, int>();
        var done = 0;
        var clock = Stopwatch.StartNew();
        var kill = Task.Run(async () =>
        {
            // Mid-run: once a third of the keys have their answers, crash node 2, let the balancer notice, bring it back.
            while (Volatile.Read(ref done) < keys / 3 && clock.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(50, ct);
            }

            report.Figure($"SIGKILL node 2 after {Volatile.Read(ref done)} keys, at {clock.Elapsed.TotalSeconds:F1} s");
            await control.KillNodeAsync(2, ct);
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            var restart = Stopwatch.StartNew();
            await control.StartNodeAsync(2, ct);
            report.Figure($"node 2 ready again {restart.Elapsed.TotalSeconds:F1} s after its restart began (at {clock.Elapsed.TotalSeconds:F1} s)");
        }, ct);

        await Parallel.ForAsync(0, keys, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (k, token) =>
        {
            var key = Guid.NewGuid().ToString();
            var body = Marketplace.BookingBody(listings[k % listingCount], 40 + (2 * (k / listingCount)), 2);
            var guest = guests[k % guests.Count];
            var answers = new List<ApiAnswer>();
            for (var r = 0; r < repeats; r++)
            {
                for (var attempt = 1; ; attempt++)
                {
                    var answer = await api.SendAsync(HttpMethod.Post, settings.BalancerUrl, "/api/bookings", guest.AccessToken, StayHubApi.Json(body),
                        new Dictionary<string, string> { ["Idempotency-Key"] = key }, token);
                    var retry = answer.Status is 0 or 502 or 503 or 504 || (answer.Status == 409 && answer.Code == "idempotency.in_progress");
                    if (!retry || attempt >= MaxAttemptsPerAnswer)
                    {
                        answers.Add(answer);
                        break;
                    }

                    transient.AddOrUpdate(answer.ToString(), 1, (_, n) => n + 1);
                    await Task.Delay(500, token);
                }
            }

            finals[k] = answers;
            Interlocked.Increment(ref done);
        });
        await kill;
        clock.Stop();

        var all = finals.Values.SelectMany(a => a).ToList();
        report.Figure($"{keys} keys x {repeats} answers = {all.Count} final answers in {clock.Elapsed.TotalSeconds:F1} s; retried transient answers: {(transient.IsEmpty ? "none" : string.Join(", ", transient.Select(t => $"{t.Key} x{t.Value}")))}");
        var firstCreated = finals.Values.Count(a => a[0].Status == 201);
        var mismatched = finals.Values.Count(a => a.Any(x => x.Status != a[0].Status || x.Body != a[0].Body));
        var replays = all.Count(a => a.Replayed);
        var serverErrors = all.Count(a => a.Status == 500 || a.Status == 0 || a.IsServerError);
        report.Figure($"first answers 201: {firstCreated}; replays marked Idempotency-Replayed: {replays}");
        foreach (var odd in all.Where(a => a.Status != 201).GroupBy(a => a.ToString()).Take(5))
        {
            report.Figure($"  non-201 final answer x{odd.Count()}: {odd.Key} {BookingConflictScenario.Trim(odd.First().Body)}");
        }

        var perStay = await db.BookingsPerStayAsync(listings, ct);
        // A request whose booking committed on the node killed before it stored the answer under its key: the key names
        // the booking (same transaction, ADR 0010), so the retry is answered with it. Before that fix the retry ran
        // again and met its own booking (409 dates_unavailable) and the client never learnt its id.
        var lostAnswers = finals.Values.Count(a => a[0].Status == 409 && a[0].Code == "booking.dates_unavailable");
        report.Figure($"answers lost in the crash window (booking made, the retry told 409 booking.dates_unavailable): {lostAnswers}");
        report.Check(firstCreated == keys && lostAnswers == 0, $"every key's first final answer is 201: {firstCreated} of {keys} ({lostAnswers} lost answers)");
        report.Check(perStay.Count == keys && perStay.Values.All(n => n == 1), $"exactly one booking per key: {perStay.Count} stays booked, {perStay.Values.Count(n => n > 1)} booked twice, {keys - perStay.Count} missing");
        report.Check(mismatched == 0, $"keys whose answers differ (status or bytes): {mismatched}");
        report.Check(serverErrors == 0, $"final answers that are 5xx or none: {serverErrors}");
        report.Check(replays >= keys * (repeats - 1) - mismatched, $"replays {replays} >= {keys * (repeats - 1)}");
        return report;
    }
}

namespace ClusterScenarios;

/// <summary>
/// PostgreSQL stopped (fast shutdown: sessions cut) under read and write load, kept down a few seconds, started again.
/// Requests meanwhile get an answer within 5 s: 2xx (what a cache can serve), 409, or 503 Problem Details
/// <c>service_unavailable</c> with Retry-After, never another 5xx; the cluster answers normally again within 5 s of
/// PostgreSQL being back, with no node restarted; every booking acknowledged (201) before, during or after is in the
/// database.
/// </summary>
internal sealed class PostgresRestartScenario(ClusterSettings settings, StayHubApi api, Marketplace market, ClusterDatabase db, ClusterControl control)
{
    public async Task<ScenarioReport> RunAsync(CancellationToken ct)
    {
        var report = new ScenarioReport("postgres-restart");
        var host = await market.HostAsync(ct);
        // Each booking takes 2 nights of one listing: enough listings that a full-length run stays inside the booking
        // horizon (Booking__MaxAdvance, 730 days) however fast the machine answers (4 listings ran past it on a quiet CI machine).
        var listings = await market.ListingsAsync(host, settings.Quick ? 16 : 48, ct);
        var guests = await market.UsersAsync("guest", 4, ct);
        var load = new LoadLog(settings, api, listings, guests, 40);
        using var stopLoad = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = load.RunAsync(6, writes: true, stopLoad.Token);

        await Task.Delay(TimeSpan.FromSeconds(4), ct);
        var outageBegan = load.Now;
        await control.RestartPostgresAsync(5, ct);
        var back = load.Now;
        await Task.Delay(TimeSpan.FromSeconds(settings.Quick ? 10 : 20), ct);
        await stopLoad.CancelAsync();
        await running;

        var answers = load.Answers;
        var during = answers.Where(a => a.SentAt >= outageBegan && a.SentAt <= back).ToList();
        var improper = answers.Where(a => a.Answer.IsServerError && !a.Answer.IsProperServiceUnavailable || a.Answer.Status == 0
            || a.Answer.Status is >= 400 and < 500 && a.Answer.Status != 409).ToList();
        var slowest = answers.Max(a => a.Answer.Elapsed);
        var lastFailure = answers.Where(a => a.SentAt > back && !a.Answer.IsSuccess && a.Answer.Status != 409).Select(a => a.AnsweredAt).DefaultIfEmpty(back).Max();
        var recovery = lastFailure - back;
        var afterRecovery = answers.Count(a => a.SentAt > lastFailure && a.Answer.IsSuccess);
        var acknowledged = answers.Where(a => a.Write && a.Answer.Status == 201).Select(a => Guid.Parse(a.Answer.JsonString("id")!)).ToList();
        var stored = await db.ExistingBookingsAsync(acknowledged, ct);

        // Audit rows are written after the answer, off the request path: those of bookings answered just before the
        // cut meet the outage and are held by the writer until PostgreSQL is back (ADR 0021). Give it a few retries.
        var nearOutage = answers.Where(a => a.Write && a.Answer.Status == 201 && a.AnsweredAt >= outageBegan - TimeSpan.FromSeconds(2) && a.SentAt <= back)
            .Select(a => Guid.Parse(a.Answer.JsonString("id")!)).ToList();
        var audited = await db.AuditedBookingsAsync(acknowledged, ct);
        for (var wait = 0; wait < 30 && audited < acknowledged.Count; wait++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
            audited = await db.AuditedBookingsAsync(acknowledged, ct);
        }

        var auditedNearOutage = await db.AuditedBookingsAsync(nearOutage, ct);

        report.Figure($"{answers.Count} requests ({answers.Count(a => a.Write)} bookings); PostgreSQL down from {outageBegan.TotalSeconds:F1} s, back at {back.TotalSeconds:F1} s");
        report.Figure($"sent during the outage: {during.Count}: {string.Join(", ", during.GroupBy(a => a.Answer.ToString()).Select(g => $"{g.Key} x{g.Count()}"))}");
        foreach (var odd in improper.GroupBy(a => a.Answer.ToString()).Take(5))
        {
            report.Figure($"  improper answer x{odd.Count()}: {odd.Key} {BookingConflictScenario.Trim(odd.First().Answer.Body)}");
        }

        foreach (var slow in answers.OrderByDescending(a => a.Answer.Elapsed).Take(3))
        {
            report.Figure($"  slow: sent at {slow.SentAt.TotalSeconds:F1} s, {(slow.Write ? "booking" : "read")}, {slow.Answer}, {slow.Answer.Elapsed.TotalSeconds:F2} s");
        }

        report.Check(during.Any(a => a.Answer.IsProperServiceUnavailable), $"the outage was seen: {during.Count(a => a.Answer.IsProperServiceUnavailable)} answers 503 service_unavailable + Retry-After");
        report.Check(improper.Count == 0, $"answers other than 2xx, 409 or a proper 503: {improper.Count}");
        report.Check(slowest <= TimeSpan.FromSeconds(5), $"slowest answer {slowest.TotalSeconds:F2} s (no hang: <= 5 s)");
        report.Check(recovery <= TimeSpan.FromSeconds(5) && afterRecovery > 0, $"normal answers again {recovery.TotalSeconds:F2} s after PostgreSQL was back (<= 5 s), {afterRecovery} successes after");
        report.Check(stored == acknowledged.Count, $"acknowledged bookings in the database: {stored} of {acknowledged.Count}");
        report.Check(audited == acknowledged.Count && auditedNearOutage == nearOutage.Count,
            $"acknowledged bookings with their audit row: {audited} of {acknowledged.Count}; of those answered from 2 s before the cut until PostgreSQL was back: {auditedNearOutage} of {nearOutage.Count}");
        return report;
    }
}

using StackExchange.Redis;

namespace ClusterScenarios;

/// <summary>
/// Redis stopped under load: reads (search, listing detail) keep answering 200 from PostgreSQL and bookings (which do
/// not need Redis) keep being made, nothing 5xx; Redis started again: the cluster's cache entries reappear in Redis
/// (the nodes reconnected on their own, no restart) and everything answers 200/201 as before.
/// </summary>
internal sealed class RedisDownScenario(ClusterSettings settings, StayHubApi api, Marketplace market, ClusterDatabase db, ClusterControl control)
{
    public async Task<ScenarioReport> RunAsync(CancellationToken ct)
    {
        var report = new ScenarioReport("redis-down");
        var host = await market.HostAsync(ct);
        // Each booking takes 2 nights of one listing: enough listings that a full-length run stays inside the booking
        // horizon (Booking__MaxAdvance, 730 days) however fast the machine answers (4 listings ran past it on a quiet CI machine).
        var listings = await market.ListingsAsync(host, settings.Quick ? 16 : 48, ct);
        var guests = await market.UsersAsync("guest", 4, ct);
        var load = new LoadLog(settings, api, listings, guests, 40);
        using var stopLoad = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = load.RunAsync(4, writes: true, stopLoad.Token);

        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        var down = load.Now;
        await control.StopRedisAsync(ct);
        await Task.Delay(TimeSpan.FromSeconds(settings.Quick ? 10 : 30), ct);
        var back = load.Now;
        await control.StartRedisAsync(ct);
        await Task.Delay(TimeSpan.FromSeconds(8), ct);
        await stopLoad.CancelAsync();
        await running;

        var answers = load.Answers;
        var during = answers.Where(a => a.SentAt > down && a.SentAt < back).ToList();
        var after = answers.Where(a => a.SentAt > back + TimeSpan.FromSeconds(3)).ToList();
        report.Figure($"{answers.Count} requests; Redis down from {down.TotalSeconds:F1} s to {back.TotalSeconds:F1} s");
        report.Figure($"while down: reads {Summary(during.Where(a => !a.Write))}; bookings {Summary(during.Where(a => a.Write))}; slowest {during.Select(a => a.Answer.Elapsed.TotalMilliseconds).DefaultIfEmpty().Max():F0} ms");
        report.Figure($"after it was back: reads {Summary(after.Where(a => !a.Write))}; bookings {Summary(after.Where(a => a.Write))}");
        foreach (var odd in answers.Where(a => !a.Answer.IsSuccess).GroupBy(a => a.Answer.ToString()).Take(5))
        {
            report.Figure($"  failed answer x{odd.Count()}: {odd.Key} {BookingConflictScenario.Trim(odd.First().Answer.Body)}");
        }

        using var redis = await ConnectionMultiplexer.ConnectAsync(settings.RedisConfiguration);
        // Cache entries (cluster:…) and rate-limit counters (rl:fw:{cluster:rl:…}) written since Redis came back empty.
        var cacheKeys = redis.GetServers()[0].Keys(pattern: "*cluster:*", pageSize: 1000).Take(10_000).Count();
        var acknowledged = answers.Where(a => a.Write && a.Answer.Status == 201).Select(a => Guid.Parse(a.Answer.JsonString("id")!)).ToList();
        var stored = await db.ExistingBookingsAsync(acknowledged, ct);

        report.Check(during.Any(a => !a.Write) && during.Where(a => !a.Write).All(a => a.Answer.Status == 200), $"reads while Redis was down all 200: {during.Count(a => !a.Write && a.Answer.Status == 200)} of {during.Count(a => !a.Write)}");
        report.Check(during.Where(a => a.Write).All(a => a.Answer.Status == 201), $"bookings while Redis was down all 201: {during.Count(a => a.Write && a.Answer.Status == 201)} of {during.Count(a => a.Write)}");
        report.Check(answers.All(a => !a.Answer.IsServerError && a.Answer.Status != 0), $"5xx or no answer: {answers.Count(a => a.Answer.IsServerError || a.Answer.Status == 0)}");
        report.Check(after.Count > 0 && after.All(a => a.Answer.IsSuccess), $"after Redis was back all 2xx: {after.Count(a => a.Answer.IsSuccess)} of {after.Count}");
        report.Check(cacheKeys > 0, $"the nodes write to Redis again (keys of the cluster in Redis after its restart: {cacheKeys})");
        report.Check(stored == acknowledged.Count, $"acknowledged bookings in the database: {stored} of {acknowledged.Count}");
        return report;
    }

    private static string Summary(IEnumerable<LoggedAnswer> answers) =>
        string.Join(", ", answers.GroupBy(a => a.Answer.ToString()).Select(g => $"{g.Key} x{g.Count()}")) is { Length: > 0 } s ? s : "none";
}

namespace ClusterScenarios;

/// <summary>
/// The credential endpoints' per-address budget (RateLimiting__Auth__PermitLimit a minute), spent from one client
/// address alternately on node A and node B: the cluster admits the budget (limits under 200 are not batched, so
/// exactly), then answers 429 Problem Details <c>rate_limited</c> with Retry-After. The address arrives as
/// X-Forwarded-For, which the nodes trust from loopback (as from the balancer).
/// </summary>
internal sealed class ClusterRateLimitScenario(ClusterSettings settings, StayHubApi api)
{
    public async Task<ScenarioReport> RunAsync(CancellationToken ct)
    {
        var report = new ScenarioReport("rate-limit");
        var limit = settings.AuthLimit;
        var total = limit + Math.Max(20, limit / 2);
        var address = Marketplace.NextAddress();
        var answers = new List<ApiAnswer>();
        for (var i = 0; i < total; i++)
        {
            // An empty sign-up body: refused by validation (400) when admitted; cheap for the node, it costs a permit all the same.
            answers.Add(await api.SendAsync(HttpMethod.Post, settings.NodeUrls[i % settings.NodeUrls.Count], "/api/account/register",
                content: StayHubApi.Json(new { }), headers: new Dictionary<string, string> { ["X-Forwarded-For"] = address }, cancellationToken: ct));
        }

        var admitted = answers.Count(a => a.Status != 429);
        var refused = answers.Where(a => a.Status == 429).ToList();
        var firstRefusal = answers.FindIndex(a => a.Status == 429);
        var tolerance = limit / 100;
        report.Figure($"limit {limit}/min from one address over {settings.NodeUrls.Count} nodes: {total} requests, admitted {admitted}, 429 {refused.Count} (first at request {firstRefusal + 1})");
        report.Check(Math.Abs(admitted - limit) <= tolerance, $"admitted {admitted} = {limit} (± {tolerance})");
        report.Check(answers.Skip(Math.Max(0, firstRefusal)).All(a => a.Status == 429), $"nothing admitted after the first 429");
        report.Check(refused.Count > 0 && refused.All(a => a.Code == "rate_limited" && int.TryParse(a.RetryAfter, out var s) && s is > 0 and <= 60),
            $"every 429 is rate_limited with Retry-After 1-60 s (e.g. {refused.FirstOrDefault()?.RetryAfter})");
        report.Check(answers.All(a => a.Status is 400 or 429), $"admitted ones reached validation (400): {string.Join(", ", answers.GroupBy(a => a.Status).Select(g => $"{g.Key} x{g.Count()}"))}");
        return report;
    }
}

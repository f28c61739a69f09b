namespace ClusterScenarios;

/// <summary>
/// Grant/check pairs on the nodes' own ports: the admin grants (or revokes) a guest's <c>Auditing.Logs.Read</c>
/// through node A, and as soon as that PUT answered the guest reads the audit log through node B: 200 after a grant,
/// 403 after a revoke. A stale check is one that still answers as before the change (the permission cache).
/// </summary>
internal sealed class PermissionGrantScenario(ClusterSettings settings, StayHubApi api, Marketplace market)
{
    private const string Permission = "Auditing.Logs.Read";

    public async Task<ScenarioReport> RunAsync(CancellationToken ct)
    {
        var report = new ScenarioReport("permission-grants");
        var pairs = settings.Quick ? 100 : 1_000;
        var admin = await market.AdminAsync(ct);
        var guest = (await market.UsersAsync("guest", 1, ct))[0];
        var grantPath = $"/api/admin/permissions/user/{guest.Id}";
        const string checkPath = "/api/admin/audit-logs?pageSize=1";

        // Cache the guest's (empty) set on node B first, so a stale check would come from it.
        var warm = await api.SendAsync(HttpMethod.Get, settings.NodeB, checkPath, guest.AccessToken, cancellationToken: ct);
        int stale = 0, failedChanges = 0, odd = 0;
        var firstStale = -1;
        var checkTimes = new List<double>(pairs);
        for (var i = 0; i < pairs; i++)
        {
            var grant = i % 2 == 0;
            var change = await api.SendAsync(HttpMethod.Put, settings.NodeA, grantPath, admin.AccessToken,
                StayHubApi.Json(new { permissions = new[] { new { name = Permission, isGranted = grant } } }), cancellationToken: ct);
            if (!change.IsSuccess)
            {
                if (failedChanges++ == 0)
                {
                    report.Figure($"first failed change: {change} {BookingConflictScenario.Trim(change.Body)}");
                }

                continue;
            }

            var check = await api.SendAsync(HttpMethod.Get, settings.NodeB, checkPath, guest.AccessToken, cancellationToken: ct);
            checkTimes.Add(check.Elapsed.TotalMilliseconds);
            if (check.Status is not (200 or 403))
            {
                odd++;
                continue;
            }

            if (check.Status != (grant ? 200 : 403))
            {
                stale++;
                firstStale = firstStale < 0 ? i : firstStale;
            }
        }

        checkTimes.Sort();
        report.Figure($"{pairs} change (node A) / check (node B) pairs, alternately grant and revoke; warm-up check {warm.Status}; stale checks {stale} (first at pair {firstStale})");
        report.Figure($"check on B: p50 {Percentile(checkTimes, 0.50):F1} ms, p99 {Percentile(checkTimes, 0.99):F1} ms");
        report.Check(warm.Status == 403, $"before any grant the guest is refused on B: {warm.Status}");
        report.Check(failedChanges == 0 && odd == 0, $"failed changes {failedChanges}, checks answering neither 200 nor 403: {odd}");
        report.Check(stale == 0, $"stale checks on node B after the change returned on node A: {stale}");
        return report;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

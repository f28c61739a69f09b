using System.Diagnostics;
using ClusterScenarios;

// Scenario and fault runner for the cluster etc/cluster.sh starts (see docs/cluster.md). Arguments: scenario names,
// or `quick-ci` (the CI subset) or `all`. Each scenario prints its figures and a verdict line; the last line is
// `cluster scenarios: N passed, N failed`; the exit code is 1 when any failed. STAYHUB_CLUSTER_QUICK=1 runs the small
// sizes; STAYHUB_CLUSTER_JUNIT=<path> also writes a JUnit report; STAYHUB_CLUSTER_DEADLINE (seconds, default 1800)
// bounds the whole run.
var settings = ClusterSettings.FromEnvironment();
string[] everything = ["bookings", "idempotency-kill", "listing-staleness", "permission-grants", "signalr-cross-node", "rate-limit", "postgres-restart", "redis-down"];
string[] ciSubset = ["permission-grants", "idempotency-kill", "redis-down", "postgres-restart"];
var names = args.Length == 0 || args.Contains("all") ? everything
    : args.Contains("quick-ci") ? ciSubset
    : args;
var unknown = names.Except(everything).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown scenario(s): {string.Join(", ", unknown)}; known: {string.Join(", ", everything)}, quick-ci, all");
    return 2;
}

using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("STAYHUB_CLUSTER_DEADLINE") ?? "1800", System.Globalization.CultureInfo.InvariantCulture)));
Console.CancelKeyPress += (_, e) => { e.Cancel = true; deadline.Cancel(); };
using var api = new StayHubApi(TimeSpan.FromSeconds(30));
var market = new Marketplace(api, settings);
var db = new ClusterDatabase(settings.ConnectionString);
var control = new ClusterControl(settings.ClusterScript);
var reports = new List<ScenarioReport>();
foreach (var name in names)
{
    Console.WriteLine($"== {name} ({(settings.Quick ? "quick" : "full")})");
    var clock = Stopwatch.StartNew();
    ScenarioReport report;
    try
    {
        report = name switch
        {
            "bookings" => await new BookingConflictScenario(settings, api, market, db).RunAsync(deadline.Token),
            "idempotency-kill" => await new IdempotencyKillScenario(settings, api, market, db, control).RunAsync(deadline.Token),
            "listing-staleness" => await new ListingStalenessScenario(settings, api, market).RunAsync(deadline.Token),
            "permission-grants" => await new PermissionGrantScenario(settings, api, market).RunAsync(deadline.Token),
            "signalr-cross-node" => await new CrossNodeNotificationScenario(settings, api, market).RunAsync(deadline.Token),
            "rate-limit" => await new ClusterRateLimitScenario(settings, api).RunAsync(deadline.Token),
            "postgres-restart" => await new PostgresRestartScenario(settings, api, market, db, control).RunAsync(deadline.Token),
            "redis-down" => await new RedisDownScenario(settings, api, market, db, control).RunAsync(deadline.Token),
            _ => throw new InvalidOperationException(name),
        };
    }
#pragma warning disable CA1031 // A scenario that throws (set-up refused, deadline) is a FAIL verdict, not a crash of the runner.
    catch (Exception e)
#pragma warning restore CA1031
    {
        report = new ScenarioReport(name);
        report.Fail($"the scenario did not complete: {e.GetType().Name}: {e.Message}");
    }

    report.Elapsed = clock.Elapsed;
    reports.Add(report);
    Console.WriteLine($"VERDICT {name}: {(report.Passed ? "PASS" : "FAIL")} ({report.Elapsed.TotalSeconds:F0} s)");
}

if (Environment.GetEnvironmentVariable("STAYHUB_CLUSTER_JUNIT") is { Length: > 0 } junit)
{
    JUnitReport.Write(junit, reports);
}

Console.WriteLine($"cluster scenarios: {reports.Count(r => r.Passed)} passed, {reports.Count(r => !r.Passed)} failed");
return reports.All(r => r.Passed) ? 0 : 1;

using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using NotificationsLoad;

// Load generator of etc/bench/notifications.sh: N users each with one SignalR connection to the host's
// /hubs/notifications, booking events published through booking's outbox at a fixed rate, push latency from commit to
// receipt, notifications/s and the host's RSS, each beside its target.
var settings = BenchSettings.FromEnvironment();
var invariant = CultureInfo.InvariantCulture;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var ct = cancel.Token;

using var http = new HttpClient { BaseAddress = settings.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
var setup = Stopwatch.StartNew();
Console.WriteLine($"registering and signing in {settings.Clients} users…");
var users = await BenchUsers.CreateAsync(http, settings.Clients, ct);
Console.WriteLine($"  {users.Count} users in {setup.Elapsed.TotalSeconds:F0} s");

var recorder = new LatencyRecorder();
var connections = new HubConnection[users.Count];
setup.Restart();
await Parallel.ForAsync(0, users.Count, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (i, token) =>
{
    var user = users[i];
    var connection = new HubConnectionBuilder()
        .WithUrl(new Uri(settings.BaseUrl, "/hubs/notifications"), HttpTransportType.WebSockets, o =>
        {
            o.AccessTokenProvider = () => Task.FromResult<string?>(user.AccessToken);
            o.SkipNegotiation = true;
        })
        .Build();
    connection.On<PushedNotification>("notification", recorder.Receive);
    await connection.StartAsync(token);
    connections[i] = connection;
});
Console.WriteLine($"  {connections.Length} SignalR connections open in {setup.Elapsed.TotalSeconds:F0} s");

var rss = new RssSampler(settings.HostPid);
var idleRss = rss.CurrentMb;
await using var dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
var publisher = new OutboxPublisher(dataSource, users, recorder);
int postmasterPid;
await using (var probe = await dataSource.OpenConnectionAsync(ct))
await using (var command = new NpgsqlCommand("SELECT pg_backend_pid()", probe))
{
    postmasterPid = ProcessCpu.ParentOf((int)(await command.ExecuteScalarAsync(ct))!);
}

if (settings.Warmup > TimeSpan.Zero)
{
    Console.WriteLine($"warm-up: {settings.Rate}/s for {settings.Warmup.TotalSeconds:F0} s (not measured)");
    await publisher.RunAsync(settings.Rate, settings.Warmup, measured: false, ct);
    await Task.Delay(TimeSpan.FromSeconds(2), ct);
}

Console.WriteLine($"measuring: {settings.Rate} events/s for {settings.Duration.TotalSeconds:F0} s, each one in-app notification (pushed) + one email");
using var sampling = CancellationTokenSource.CreateLinkedTokenSource(ct);
var sampler = rss.RunAsync(sampling.Token);
var loadBefore = ProcessCpu.Load();
var cpuBefore = CpuSample();
var pushesBefore = recorder.Pushes;
var wall = Stopwatch.StartNew();
await publisher.RunAsync(settings.Rate, settings.Duration, measured: true, ct);
var drain = Stopwatch.StartNew();
while (recorder.Received < recorder.Expected && drain.Elapsed < TimeSpan.FromSeconds(15))
{
    await Task.Delay(100, ct);
}

await sampling.CancelAsync();
await sampler;
var cpuAfter = CpuSample();
var loadAfter = ProcessCpu.Load();
var cores = (cpuAfter.Host - cpuBefore.Host).TotalSeconds / wall.Elapsed.TotalSeconds;
// A saturated host spends part of the window on the warm-up's backlog: divide by every push it made meanwhile.
var handled = Math.Max(1, recorder.Pushes - pushesBefore);
string PerNotification(TimeSpan before, TimeSpan after) =>
    string.Create(invariant, $"{(after - before).TotalMilliseconds / handled:F2} ms ({(after - before).TotalSeconds / wall.Elapsed.TotalSeconds:F2} cores)");
var open = connections.Count(c => c.State == HubConnectionState.Connected);
foreach (var connection in connections)
{
    await connection.DisposeAsync();
}

var p50 = recorder.Percentile(50);
var p99 = recorder.Percentile(99);
var throughput = recorder.Throughput();
var lost = recorder.Expected - recorder.Received;
var ok = p99 < settings.TargetP99Ms && rss.PeakMb < settings.TargetRssMb && lost == 0 && recorder.Duplicates == 0 && open == connections.Length
    && throughput >= settings.Rate * 0.95;
Console.WriteLine(string.Create(invariant, $"""

    connections   {open} of {connections.Length} still open at the end
    events        {recorder.Expected} published, {recorder.Received} pushed, {lost} missing, {recorder.Duplicates} duplicate pushes   (target: none missing, none twice)
    push latency  p50 {p50:F1} ms   p99 {p99:F1} ms   (commit → client receipt; target: p99 < {settings.TargetP99Ms} ms at {settings.Rate}/s with {connections.Length} connections)
    throughput    {throughput:F0} notifications/s   (target: keeps up with {settings.Rate}/s)
    host CPU      {cores:F2} cores on average while measuring (of {Environment.ProcessorCount}, shared with PostgreSQL, Redis and this generator)
    CPU per notification (measured window, {handled} pushed including warm-up backlog):
                  host {PerNotification(cpuBefore.Host, cpuAfter.Host)}   PostgreSQL {PerNotification(cpuBefore.Postgres, cpuAfter.Postgres)}
                  Redis {PerNotification(cpuBefore.Redis, cpuAfter.Redis)}   generator {PerNotification(cpuBefore.Generator, cpuAfter.Generator)}
                  whole machine, everyone's {PerNotification(cpuBefore.Machine, cpuAfter.Machine)}
    ceiling       {Ceiling():F0} notifications/s if host + PostgreSQL + Redis had both cores to themselves (2 cores ÷ their CPU per notification)
    load average  {loadBefore} before, {loadAfter} after (1 min)
    host RSS      peak {rss.PeakMb:F0} MB during the run (idle with connections open: {idleRss:F0} MB)   (target: < {settings.TargetRssMb} MB)
    verdict       {(ok ? "PASS" : "FAIL")}
    """));
return ok ? 0 : 1;

(TimeSpan Host, TimeSpan Postgres, TimeSpan Redis, TimeSpan Generator, TimeSpan Machine) CpuSample() =>
    (ProcessCpu.Used(settings.HostPid), ProcessCpu.Used(postmasterPid, withChildren: true), ProcessCpu.Used(settings.RedisPid),
        Process.GetCurrentProcess().TotalProcessorTime, ProcessCpu.MachineBusy());

double Ceiling()
{
    var serving = (cpuAfter.Host - cpuBefore.Host) + (cpuAfter.Postgres - cpuBefore.Postgres) + (cpuAfter.Redis - cpuBefore.Redis);
    return serving <= TimeSpan.Zero ? double.NaN : Environment.ProcessorCount / (serving.TotalSeconds / handled);
}

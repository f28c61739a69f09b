// What counting one request costs on the hot path: the middleware's two timestamp reads plus
// RequestStatsRecorder.Record (a clock read and three or four interlocked increments), single-threaded and from two
// threads at once (both cores, the worst case for the shared counters). Nothing touches the database.
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using StayHub.Framework.RequestStats;

const int Calls = 5_000_000;
const int Rounds = 5;

await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Database=unused");
using var recorder = new RequestStatsRecorder(dataSource, TimeProvider.System, NullLogger<RequestStatsRecorder>.Instance);
string?[] codes = [null, null, null, null, null, null, null, null, "not_found", "validation_failed"];

double Measure(int threads, bool record)
{
    var clock = Stopwatch.StartNew();
    Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
    {
        for (var i = 0; i < Calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (record)
            {
                recorder.Record(i % 10 == 8 ? 404 : i % 10 == 9 ? 400 : 200, elapsed + TimeSpan.FromMilliseconds(i % 50), codes[i % 10]);
            }
        }
    });
    return clock.Elapsed.TotalNanoseconds / Calls;
}

foreach (var threads in new[] { 1, 2 })
{
    var baseline = Enumerable.Range(0, Rounds).Select(_ => Measure(threads, record: false)).Min();
    var counted = Enumerable.Range(0, Rounds).Select(_ => Measure(threads, record: true)).Min();
    Console.WriteLine($"{threads} thread(s): timestamps only {baseline:F1} ns/request, with Record {counted:F1} ns/request, Record adds {counted - baseline:F1} ns (best of {Rounds} x {Calls:N0})");
}

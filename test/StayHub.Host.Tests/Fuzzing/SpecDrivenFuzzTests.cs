using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StayHub.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>
/// Spec-driven fuzzing: requests generated from the host's own OpenAPI document (every operation, every path,
/// query, header and body parameter; valid, boundary and hostile values; four callers) against the real host, each
/// answer judged by <see cref="ResponseVerdict"/>. Seeded and bounded: STAYHUB_FUZZ_SEED (default fixed, so CI
/// replays the same run), STAYHUB_FUZZ_REQUESTS (10,000), STAYHUB_FUZZ_PARALLELISM (4), STAYHUB_FUZZ_SECONDS
/// (150, a safety stop), STAYHUB_FUZZ_CASE (replay one case index). Failures are shrunk (parameters and properties
/// dropped, strings halved while the same rule still breaks) and reported with the seed and case index.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class SpecDrivenFuzzTests(FuzzFixture fixture, ITestOutputHelper output)
{
    private const ulong DefaultSeed = 20_261_206;

    [Fact]
    public async Task Generated_requests_get_no_5xx_problem_details_with_a_code_and_answers_matching_their_schemas()
    {
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("STAYHUB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var requests = Setting("STAYHUB_FUZZ_REQUESTS", 10_000);
        var parallelism = Setting("STAYHUB_FUZZ_PARALLELISM", 4);
        var budget = TimeSpan.FromSeconds(Setting("STAYHUB_FUZZ_SECONDS", 150));
        int? onlyCase = int.TryParse(Environment.GetEnvironmentVariable("STAYHUB_FUZZ_CASE"), CultureInfo.InvariantCulture, out var c) ? c : null;

        var anonymous = fixture.CreateClient();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var operations = FuzzOperation.ReadAll(document.RootElement);
        operations.Count.ShouldBeGreaterThan(50);
        var schemas = new OpenApiSchemas(document.RootElement);
        var world = await FuzzWorld.CreateAsync(fixture);
        var generator = new FuzzCaseGenerator(operations, schemas, world);
        var verdict = new ResponseVerdict(new ResponseSchemaChecker(schemas));
        var figures = new FuzzFigures();
        output.WriteLine($"fuzz: real ids {string.Join(", ", world.Ids.OrderBy(i => i.Key).Select(i => $"{i.Key}×{i.Value.Count}"))}; seed bodies {world.SeedBodies.Count}");
        // STAYHUB_FUZZ_TRACE=<file>: every case, its status and the start of its answer (for by-hand runs).
        var tracePath = Environment.GetEnvironmentVariable("STAYHUB_FUZZ_TRACE");
        using var trace = string.IsNullOrEmpty(tracePath) ? null : TextWriter.Synchronized(new StreamWriter(tracePath));
        var failures = new ConcurrentBag<(FuzzCase Case, string Failure)>();

        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(budget);
        var indexes = onlyCase is { } one ? [one] : Enumerable.Range(0, requests);
        try
        {
            await Parallel.ForEachAsync(indexes, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = stop.Token }, async (index, ct) =>
            {
                var fuzzCase = generator.Generate(index, seed);
                var started = Stopwatch.GetTimestamp();
                var (status, failure, answer) = await SendAsync(world, verdict, fuzzCase, ct);
                trace?.WriteLine($"{status} {fuzzCase.Describe()}\n    {(answer.Length > 300 ? answer[..300] : answer)}");
                figures.Count(fuzzCase.Operation, status, failure, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (failure is not null)
                {
                    failures.Add((fuzzCase, failure));
                }
            });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            output.WriteLine($"fuzz: stopped by the {budget.TotalSeconds:F0} s budget (STAYHUB_FUZZ_SECONDS)");
        }

        var elapsed = clock.Elapsed;
        var summary = figures.Summary(seed, elapsed, operations.Count);
        output.WriteLine(summary);
        output.WriteLine(figures.PerOperation());
        WriteResults(summary);

        // One shrunk example per operation and broken rule; the rest are counted above.
        var reports = new List<string>();
        foreach (var group in failures.GroupBy(f => (f.Case.Operation.ToString(), f.Failure.Split(':')[0])).OrderBy(g => g.Key).Take(20))
        {
            var first = group.MinBy(f => f.Case.Index);
            var (shrunk, failure) = await ShrinkAsync(world, verdict, first.Case, first.Failure);
            reports.Add($"{group.Key.Item1} — {group.Count()}× {group.Key.Item2}; replay: STAYHUB_FUZZ_SEED={seed} STAYHUB_FUZZ_CASE={first.Case.Index}\n"
                + $"    shrunk: {shrunk.Describe()}\n    → {failure}");
        }

        foreach (var report in reports)
        {
            output.WriteLine(report);
        }

        reports.ShouldBeEmpty($"seed {seed}: {failures.Count} failing requests\n{string.Join("\n", reports)}");
        if (onlyCase is null)
        {
            figures.Requests.ShouldBeGreaterThanOrEqualTo(Math.Min(requests, 10_000) / 2, $"too few requests in the {budget.TotalSeconds:F0} s budget: {summary}");
        }
    }

    private static async Task<(int Status, string? Failure, string Answer)> SendAsync(FuzzWorld world, ResponseVerdict verdict, FuzzCase fuzzCase, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            using var request = fuzzCase.ToRequest();
            using var response = await world.Callers[fuzzCase.Caller].SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var status = (int)response.StatusCode;
            return (status, verdict.Judge(fuzzCase.Operation, status, response.Content.Headers.ContentType, body), body);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (0, "timeout: no answer within 30 s", string.Empty);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or IOException)
        {
            return (0, $"transport: {ex.GetType().Name}: {ex.Message}", string.Empty);
        }
    }

    /// <summary>Greedy shrinking: keep any simpler variant that still breaks the same rule.</summary>
    private static async Task<(FuzzCase Case, string Failure)> ShrinkAsync(FuzzWorld world, ResponseVerdict verdict, FuzzCase fuzzCase, string failure)
    {
        var rule = failure.Split(':')[0];
        for (var attempts = 0; attempts < 150;)
        {
            var improved = false;
            foreach (var candidate in Simpler(fuzzCase))
            {
                if (++attempts >= 150)
                {
                    break;
                }

                var (_, candidateFailure, _) = await SendAsync(world, verdict, candidate, CancellationToken.None);
                if (candidateFailure is not null && candidateFailure.Split(':')[0] == rule)
                {
                    (fuzzCase, failure, improved) = (candidate, candidateFailure, true);
                    break;
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return (fuzzCase, failure);
    }

    private static IEnumerable<FuzzCase> Simpler(FuzzCase fuzzCase)
    {
        if (fuzzCase.Caller != FuzzCaller.Anonymous)
        {
            yield return fuzzCase with { Caller = FuzzCaller.Anonymous };
        }

        for (var i = 0; i < fuzzCase.Query.Count; i++)
        {
            yield return fuzzCase with { Query = [.. fuzzCase.Query.Where((_, n) => n != i)] };
        }

        if (fuzzCase.Headers.Count > 0)
        {
            yield return fuzzCase with { Headers = [] };
        }

        foreach (var (name, value) in fuzzCase.Query)
        {
            if (value.Length > 1)
            {
                yield return fuzzCase with { Query = [.. fuzzCase.Query.Select(q => q.Key == name && q.Value == value ? new KeyValuePair<string, string>(name, value[..(value.Length / 2)]) : q)] };
            }
        }

        if (fuzzCase.RawBody is { Length: > 1 } raw)
        {
            yield return fuzzCase with { RawBody = raw[..(raw.Length / 2)] };
        }

        if (fuzzCase.Body is JsonObject body)
        {
            foreach (var variant in SimplerObjects(body))
            {
                yield return fuzzCase with { Body = variant };
            }
        }
    }

    private static IEnumerable<JsonObject> SimplerObjects(JsonObject obj)
    {
        foreach (var (name, value) in obj.ToList())
        {
            var without = (JsonObject)obj.DeepClone();
            without.Remove(name);
            yield return without;

            if (value is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 1)
            {
                var shorter = (JsonObject)obj.DeepClone();
                shorter[name] = text[..(text.Length / 2)];
                yield return shorter;
            }

            if (value is JsonObject nested)
            {
                foreach (var simplerNested in SimplerObjects(nested))
                {
                    var replaced = (JsonObject)obj.DeepClone();
                    replaced[name] = simplerNested;
                    yield return replaced;
                }
            }
        }
    }

    private void WriteResults(string summary)
    {
        var folder = Environment.GetEnvironmentVariable("STAYHUB_FUZZ_RESULTS") ?? Path.Combine(RepositoryPaths.Root, ".data", "test-results", "fuzz");
        try
        {
            Directory.CreateDirectory(folder);
            File.AppendAllText(Path.Combine(folder, "fuzz-results.txt"), $"{DateTimeOffset.UtcNow:O} {summary}\n");
        }
        catch (IOException ex)
        {
            output.WriteLine($"fuzz: results file not written: {ex.Message}");
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>What a run did: requests, answers per status, 5xx, schema violations and failures per rule.</summary>
public sealed class FuzzFigures
{
    private long requests;

    public long Requests => Interlocked.Read(ref requests);

    public ConcurrentDictionary<int, long> Statuses { get; } = new();

    public ConcurrentDictionary<string, long> Failures { get; } = new();

    /// <summary>Per operation: answers by status class (index 0 = 2xx, 1 = 3xx, 2 = 4xx, 3 = anything else).</summary>
    public ConcurrentDictionary<string, long[]> Operations { get; } = new();

    public long ServerErrors => Statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

    public long SchemaViolations => Failures.TryGetValue("schema", out var n) ? n : 0;

    /// <summary>Per operation: total milliseconds spent waiting for answers.</summary>
    public ConcurrentDictionary<string, long> Milliseconds { get; } = new();

    public void Count(FuzzOperation operation, int status, string? failure, long milliseconds)
    {
        Milliseconds.AddOrUpdate(operation.ToString(), milliseconds, (_, n) => n + milliseconds);
        Interlocked.Increment(ref requests);
        Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        var classes = Operations.GetOrAdd(operation.ToString(), _ => new long[4]);
        Interlocked.Increment(ref classes[status switch { >= 200 and < 300 => 0, >= 300 and < 400 => 1, >= 400 and < 500 => 2, _ => 3 }]);
        if (failure is not null)
        {
            Failures.AddOrUpdate(failure.Split(':')[0], 1, (_, n) => n + 1);
        }
    }

    public string Summary(ulong seed, TimeSpan elapsed, int operations) =>
        string.Create(CultureInfo.InvariantCulture,
            $"fuzz: seed {seed}, {Requests} requests over {operations} operations in {elapsed.TotalSeconds:F1} s; "
            + $"statuses {string.Join(" ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; "
            + $"5xx {ServerErrors}; schema violations {SchemaViolations}; "
            + $"failures {(Failures.IsEmpty ? "none" : string.Join(" ", Failures.OrderBy(f => f.Key).Select(f => $"{f.Key}×{f.Value}")))}");

    public string PerOperation()
    {
        var builder = new StringBuilder();
        builder.Append("  2xx    3xx    4xx  other  avg ms  operation\n");
        foreach (var (operation, c) in Operations.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var average = Milliseconds.TryGetValue(operation, out var ms) ? ms / Math.Max(1, c.Sum()) : 0;
            builder.Append(CultureInfo.InvariantCulture, $"{c[0],5} {c[1],6} {c[2],6} {c[3],6} {average,7}  {operation}\n");
        }

        return builder.ToString();
    }
}

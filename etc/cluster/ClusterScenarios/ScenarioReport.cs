using System.Globalization;

namespace ClusterScenarios;

/// <summary>A scenario's figures, the checks it made, and its verdict (PASS only when every check held).</summary>
internal sealed class ScenarioReport(string name)
{
    private readonly List<string> failures = [];

    public string Name => name;

    public bool Passed => failures.Count == 0;

    public IReadOnlyList<string> Failures => failures;

    public TimeSpan Elapsed { get; set; }

    public void Figure(FormattableString line) => Console.WriteLine($"  {name}: {line.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Records a check; a false condition fails the scenario with the given reason.</summary>
    public void Check(bool condition, FormattableString what)
    {
        var text = what.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine($"  {name}: [{(condition ? "ok" : "FAILED")}] {text}");
        if (!condition)
        {
            failures.Add(text);
        }
    }

    public void Fail(string reason)
    {
        Console.WriteLine($"  {name}: [FAILED] {reason}");
        failures.Add(reason);
    }
}

using System.Globalization;
using System.Xml.Linq;

namespace ClusterScenarios;

/// <summary>One JUnit test case per scenario, so etc/test.sh counts the cluster verdicts with the other tests.</summary>
internal static class JUnitReport
{
    public static void Write(string path, IReadOnlyList<ScenarioReport> reports)
    {
        var suite = new XElement("testsuite",
            new XAttribute("name", "cluster"),
            new XAttribute("tests", reports.Count),
            new XAttribute("failures", reports.Count(r => !r.Passed)),
            reports.Select(r => new XElement("testcase",
                new XAttribute("classname", "cluster"),
                new XAttribute("name", r.Name),
                new XAttribute("time", r.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)),
                r.Passed ? null : new XElement("failure", new XAttribute("message", string.Join("; ", r.Failures))))));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        new XDocument(new XElement("testsuites", suite)).Save(path);
    }
}

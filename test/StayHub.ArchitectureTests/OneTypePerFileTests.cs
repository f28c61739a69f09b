using System.Text.RegularExpressions;

namespace StayHub.ArchitectureTests;

/// <summary>One top-level type per production source file, so a type is found by its name.</summary>
public sealed partial class OneTypePerFileTests
{
    private static readonly string Root = RepositoryRoot.Path;

    [Fact]
    public void Production_files_hold_one_top_level_type()
    {
        var files = ProductionFiles().ToList();
        files.Count.ShouldBeGreaterThan(500);
        var multi = files.Where(f => TopLevelTypes(f).Count > 1).Select(Relative).Order(StringComparer.Ordinal).ToList();
        multi.ShouldBeEmpty("Split these files, one type per file: " + string.Join(", ", multi));
    }

    [Fact]
    public void The_scan_sees_several_types_in_a_file_that_has_them()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "namespace X;\n\n/// <summary>One.</summary>\npublic sealed record A(int Id);\n\n[Flags]\ninternal enum B\n{\n    None = 0,\n}\n\npublic static class C\n{\n    public sealed class Nested;\n}\n");
            TopLevelTypes(file).ShouldBe(["A", "B", "C"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IEnumerable<string> ProductionFiles() =>
        new[] { "modules", "host" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !Relative(f).Split('/').Any(part =>
                part is "bin" or "obj" or "Migrations" || part.EndsWith(".Tests", StringComparison.Ordinal) || part.EndsWith(".Testing", StringComparison.Ordinal)));

    private static List<string> TopLevelTypes(string file) =>
        File.ReadLines(file).Select(l => TopLevelDeclaration().Match(l)).Where(m => m.Success).Select(m => m.Groups["name"].Value).Distinct().ToList();

    private static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    // A declaration at column 0 (file-scoped namespaces): nested types are indented and do not count.
    [GeneratedRegex(@"^(?:public|internal|file)\s+(?:(?:sealed|static|abstract|partial|readonly|ref)\s+)*(?:class|record|interface|enum|struct)\s+(?:struct\s+|class\s+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex TopLevelDeclaration();
}

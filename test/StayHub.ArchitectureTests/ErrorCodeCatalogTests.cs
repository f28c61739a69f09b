using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace StayHub.ArchitectureTests;

/// <summary>
/// Every error code a caller can get is a constant of a <c>*ErrorCodes</c> class, and the codes are published in
/// <c>docs/error-codes.md</c>, generated from those classes and their doc comments. Regenerate the page with
/// <c>STAYHUB_WRITE_ERROR_CODES=1 dotnet test test/StayHub.ArchitectureTests --filter ErrorCodeCatalog</c>.
/// </summary>
public sealed partial class ErrorCodeCatalogTests
{
    private const string PagePath = "docs/error-codes.md";

    [Fact]
    public void Docs_error_codes_page_lists_every_declared_code()
    {
        var page = RenderPage(DeclaredCodes());
        var path = Path.Combine(RepositoryRoot.Path, PagePath);
        if (Environment.GetEnvironmentVariable("STAYHUB_WRITE_ERROR_CODES") == "1")
        {
            File.WriteAllText(path, page);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(page,
            $"{PagePath} is out of date; regenerate it with STAYHUB_WRITE_ERROR_CODES=1 (see {nameof(ErrorCodeCatalogTests)}).");
    }

    [Fact]
    public void Codes_are_unique_and_look_like_codes()
    {
        var codes = DeclaredCodes();
        codes.Count.ShouldBeGreaterThan(40);
        codes.Select(c => c.Code).ShouldBeUnique();
        codes.Where(c => !CodeShape().IsMatch(c.Code)).Select(c => c.Code).ShouldBeEmpty();
    }

    [Fact]
    public void No_code_is_thrown_as_a_literal()
    {
        // A code written inline next to an exception is a code nobody declared (and the page above does not list).
        var literals = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "modules"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains(".Tests", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => ThrownLiteral().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepositoryRoot.Path, l.File)}:{l.Line}")
            .ToList();
        literals.ShouldBeEmpty(string.Join(Environment.NewLine, literals));
    }

    private static List<DeclaredCode> DeclaredCodes() =>
        AssemblyScan.ModuleAssemblies
            .SelectMany(TypeNames.LoadableTypes)
            .Where(t => t is { IsClass: true, IsAbstract: true, IsSealed: true, IsPublic: true } && t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
                .Select(f => new DeclaredCode((string)f.GetRawConstantValue()!, $"{t.Name}.{f.Name}", Summary(f))))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToList();

    private static string RenderPage(IEnumerable<DeclaredCode> codes)
    {
        var page = new StringBuilder()
            .Append("# Error codes\n\n")
            .Append("Every 4xx answer is Problem Details with a stable `code`. This page is generated from the `*ErrorCodes`\n")
            .Append("classes of the modules' contracts (`test/StayHub.ArchitectureTests/ErrorCodeCatalogTests.cs` fails when it\n")
            .Append("is out of date).\n\n")
            .Append("Each operation of the OpenAPI document (`/openapi/v1.json`) lists the codes it may answer as `x-error-codes`:\n")
            .Append("the ones its application-service method declares with `[ProducesErrorCodes(...)]` plus the ones the conventions\n")
            .Append("imply (`validation_failed` and `request.malformed` with input, `auth.unauthorized` unless anonymous, `auth.forbidden`\n")
            .Append("with a permission, `not_found` with a 404, `request.unsupported_media_type` with a body, the `idempotency.*` codes\n")
            .Append("when idempotent, `rate_limited` when rate-limited, `request.too_large` and the `media.*` codes with an upload;\n")
            .Append("`StayHub.Framework.Http/Application/OperationErrorCodes.cs`). `internal_error` and `service_unavailable` can come\n")
            .Append("from any operation and are not listed.\n\n")
            .Append("| code | declared as | meaning |\n|---|---|---|\n");
        foreach (var code in codes)
        {
            page.Append($"| `{code.Code}` | `{code.DeclaredAs}` | {code.Meaning.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return page.ToString();
    }

    private static string Summary(FieldInfo field)
    {
        var xml = Path.ChangeExtension(field.DeclaringType!.Assembly.Location, ".xml");
        if (!File.Exists(xml))
        {
            return string.Empty;
        }

        var member = XDocument.Load(xml).Descendants("member")
            .FirstOrDefault(m => (string?)m.Attribute("name") == $"F:{field.DeclaringType.FullName}.{field.Name}");
        var summary = member?.Element("summary");
        return summary is null ? string.Empty : Whitespace().Replace(string.Concat(summary.Nodes().Select(Text)), " ").Trim();
    }

    private static string Text(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
        XElement e when e.Attribute("cref") is { } cref => cref.Value[(cref.Value.LastIndexOf('.') + 1)..],
        XElement e when e.Attribute("langword") is { } word => word.Value,
        XElement e => e.Value,
        _ => string.Empty,
    };

    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"(Exception|Problem)\([^;]*""[a-z]+\.[a-z_]+""")]
    private static partial Regex ThrownLiteral();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record DeclaredCode(string Code, string DeclaredAs, string Meaning);
}

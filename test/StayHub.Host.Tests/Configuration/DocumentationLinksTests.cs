using System.Text.RegularExpressions;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Configuration;

/// <summary>
/// The README, docs/ and the module pages link only to files that exist in the repository: a moved page breaks this
/// test instead of a reader's click, and nothing points outside the checkout (a clone has no <c>../shared</c>).
/// </summary>
public sealed partial class DocumentationLinksTests
{
    [Fact]
    public void Every_relative_link_resolves_to_a_file_in_the_repository()
    {
        var broken = new List<string>();
        var pages = Pages().ToList();
        foreach (var page in pages)
        {
            var folder = Path.GetDirectoryName(page)!;
            foreach (Match match in LinkRegex().Matches(File.ReadAllText(page)))
            {
                var target = match.Groups["target"].Value.Split('#')[0];
                if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var resolved = Path.GetFullPath(Path.Combine(folder, target));
                var inside = resolved.StartsWith(RepositoryPaths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                if (!inside || !(File.Exists(resolved) || Directory.Exists(resolved)))
                {
                    broken.Add($"{Path.GetRelativePath(RepositoryPaths.Root, page)}: ({match.Groups["target"].Value})");
                }
            }
        }

        Assert.True(pages.Count > 30, $"only {pages.Count} pages found: the scan is looking in the wrong place");
        Assert.True(broken.Count == 0, "Links to nothing in the repository:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void No_page_refers_to_files_outside_the_repository()
    {
        var outside = Pages()
            .Where(page => File.ReadAllText(page).Contains("../shared", StringComparison.Ordinal))
            .Select(page => Path.GetRelativePath(RepositoryPaths.Root, page))
            .ToList();

        Assert.True(outside.Count == 0, "Pages that point at ../shared (copy what is needed instead):\n" + string.Join('\n', outside));
    }

    private static IEnumerable<string> Pages() =>
        new[] { Path.Combine(RepositoryPaths.Root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "modules"), "README.md", SearchOption.AllDirectories));

    // [text](target) — not images' alt text nor reference-style links, which the docs do not use.
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LinkRegex();
}

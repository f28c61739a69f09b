using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Authorization;

/// <summary>
/// Reads <c>authorization-matrix.md</c>: one Markdown table row per operation id,
/// <c>| operation | anonymous | guest | other guest | host | other host | admin | notes |</c>.
/// Lines that are not table rows (prose, headings) and the header and separator rows are skipped.
/// </summary>
public static class AuthorizationMatrixTable
{
    public static string FilePath { get; } =
        Path.Combine(RepositoryPaths.Root, "test", "StayHub.Host.Tests", "Authorization", "authorization-matrix.md");

    public static IReadOnlyList<MatrixRow> Load() => Parse(File.ReadAllLines(FilePath));

    public static IReadOnlyList<MatrixRow> Parse(IReadOnlyList<string> lines)
    {
        var callers = Enum.GetValues<MatrixCaller>();
        var rows = new List<MatrixRow>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('|'))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray();
            if (cells[0] is "operation" || cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            if (cells.Length != callers.Length + 2)
            {
                throw new FormatException($"{FilePath}:{i + 1}: a row has {callers.Length + 2} cells (operation, six callers, notes), this one {cells.Length}.");
            }

            var expectations = new Dictionary<MatrixCaller, MatrixExpectation>();
            for (var c = 0; c < callers.Length; c++)
            {
                try
                {
                    expectations[callers[c]] = MatrixExpectation.Parse(cells[c + 1]);
                }
                catch (FormatException ex)
                {
                    throw new FormatException($"{FilePath}:{i + 1}: {ex.Message}", ex);
                }
            }

            rows.Add(new MatrixRow(cells[0], expectations, cells[^1], i + 1));
        }

        return rows;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using StayHub.Listings.Application.Search;
using StayHub.Listings.Contracts;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Listings.Search;

/// <summary>
/// The benchmark's raw-SQL side must run exactly what the API sends, or the API/SQL ratio means nothing:
/// each etc/bench/sql/&lt;name&gt;.sql must equal the builder's SQL for that mix entry, with parameters written
/// as typed literals. Set STAYHUB_WRITE_BENCH_SQL=1 to rewrite the files after changing the builder.
/// </summary>
public sealed partial class BenchSqlTests
{
    public static TheoryData<string, string> Mix()
    {
        var data = new TheoryData<string, string>();
        foreach (var parts in File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "etc", "bench", "search-mix.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')))
        {
            data.Add(parts[0], parts.Length > 1 ? parts[1] : string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mix))]
    public void Bench_sql_is_the_sql_the_api_sends(string name, string query)
    {
        var expected = "-- generated from etc/bench/search-mix.txt entry '" + name + "' (BenchSqlTests)\n" + Render(query) + ";\n";
        var path = Path.Combine(RepositoryPaths.Root, "etc", "bench", "sql", name + ".sql");
        if (Environment.GetEnvironmentVariable("STAYHUB_WRITE_BENCH_SQL") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).ShouldBe(expected);
    }

    private static string Render(string query)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var offsets = new Dictionary<DateOnly, int>();
        var resolved = DayOffset().Replace(query, m =>
        {
            var day = today.AddDays(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            offsets[day] = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        });
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(resolved);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        var criteria = SearchCriteriaParser.Parse(
            new ListingSearchQuery(Get("q"), Get("city"), Get("country"), Get("lat"), Get("lng"), Get("radiusKm"), Get("bbox"), Get("checkIn"),
                Get("checkOut"), Get("guests"), Get("minPrice"), Get("maxPrice"), Get("currency"), Get("amenities"), Get("sort"), Get("pageSize"), null),
            out var errors);
        errors.ShouldBeEmpty();
        using var command = SearchSqlBuilder.Build(criteria, null, new NpgsqlCommand());
        var parameters = command.Parameters.ToDictionary(p => p.ParameterName, p => p.Value);
        return Parameter().Replace(command.CommandText, m => Literal(parameters[m.Groups[1].Value], offsets));
    }

    /// <summary>Literals of the parameter's own type, so the planner sees what it sees with the bound parameter.</summary>
    private static string Literal(object? value, Dictionary<DateOnly, int> offsets) => value switch
    {
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'::text",
        // Parenthesized: FETCH FIRST takes a parameter but not a bare cast expression.
        double d => "(" + d.ToString("R", CultureInfo.InvariantCulture) + "::float8)",
        long l => "(" + l.ToString(CultureInfo.InvariantCulture) + "::bigint)",
        int i => "(" + i.ToString(CultureInfo.InvariantCulture) + "::int)",
        // Relative to the day pgbench runs, like the URLs the benchmark builds.
        DateOnly day => $"(current_date + {offsets[day]})",
        string[] a => "'{" + string.Join(',', a) + "}'::text[]",
        _ => throw new InvalidOperationException($"No literal for {value?.GetType().Name}."),
    };

    [GeneratedRegex(@"\{\+(\d+)\}")]
    private static partial Regex DayOffset();

    [GeneratedRegex(@"@([A-Za-z]\w*)")]
    private static partial Regex Parameter();
}

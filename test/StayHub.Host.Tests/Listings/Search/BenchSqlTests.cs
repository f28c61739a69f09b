using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using StayHub.Listings.Application.Search;
using StayHub.Listings.Contracts;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Listings.Search;

/// <summary>
/// The benchmark's raw-SQL side must run exactly what the API sends, or the API/SQL ratio means nothing. Two forms
/// per mix entry, both generated from the builder: etc/bench/sql/&lt;name&gt;.sql with the parameters written as
/// typed literals (pgbench prepares it once, so PostgreSQL never plans it again), and
/// etc/bench/sql-params/&lt;name&gt;.sql with them as pgbench variables cast to the parameter's type (bound per
/// execution, as the API binds them) plus &lt;name&gt;.vars with their values. Set STAYHUB_WRITE_BENCH_SQL=1 to
/// rewrite the files after changing the builder.
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

    [Theory]
    [MemberData(nameof(Mix))]
    public void Parameterised_bench_sql_is_the_sql_the_api_sends_with_its_values(string name, string query)
    {
        var (sql, variables) = RenderParameterised(name, query);
        var expectedSql = "-- generated from etc/bench/search-mix.txt entry '" + name + "' (BenchSqlTests)\n" + sql + ";\n";
        var expectedVars = string.Concat(variables.Select(v => v.Name + "=" + v.Value + "\n"));
        var folder = Path.Combine(RepositoryPaths.Root, "etc", "bench", "sql-params");
        if (Environment.GetEnvironmentVariable("STAYHUB_WRITE_BENCH_SQL") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".sql"), expectedSql);
            File.WriteAllText(Path.Combine(folder, name + ".vars"), expectedVars);
        }

        File.ReadAllText(Path.Combine(folder, name + ".sql")).ShouldBe(expectedSql);
        File.ReadAllText(Path.Combine(folder, name + ".vars")).ShouldBe(expectedVars);
    }

    private static string Render(string query)
    {
        var (command, offsets) = Build(query);
        using (command)
        {
            var parameters = command.Parameters.ToDictionary(p => p.ParameterName, p => p.Value);
            return Parameter().Replace(command.CommandText, m => Literal(parameters[m.Groups[1].Value], offsets));
        }
    }

    /// <summary>
    /// Each parameter becomes a pgbench variable (sent as a bound parameter in prepared mode) cast to the parameter's
    /// type; dates stay relative to the day of the run ({+N}, resolved by search.sh).
    /// </summary>
    private static (string Sql, List<(string Name, string Value)> Variables) RenderParameterised(string name, string query)
    {
        var (command, offsets) = Build(query);
        using (command)
        {
            var variables = new List<(string Name, string Value)>();
            var parameters = command.Parameters.ToDictionary(p => p.ParameterName, p => p.Value);
            var sql = Parameter().Replace(command.CommandText, m =>
            {
                var variable = name + "_" + m.Groups[1].Value;
                var (value, type) = Typed(parameters[m.Groups[1].Value]);
                if (value is DateOnly day)
                {
                    value = "{+" + offsets[day].ToString(CultureInfo.InvariantCulture) + "}";
                }

                if (!variables.Any(v => v.Name == variable))
                {
                    variables.Add((variable, (string)value));
                }

                return "(:" + variable + "::" + type + ")";
            });
            return (sql, variables);
        }
    }

    private static (NpgsqlCommand Command, Dictionary<DateOnly, int> Offsets) Build(string query)
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
        return (SearchSqlBuilder.Build(criteria, null, new NpgsqlCommand()), offsets);
    }

    /// <summary>Literals of the parameter's own type, so the planner sees what it sees with the bound parameter.</summary>
    private static string Literal(object? value, Dictionary<DateOnly, int> offsets) => Typed(value) switch
    {
        // Relative to the day pgbench runs, like the URLs the benchmark builds.
        (DateOnly day, _) => $"(current_date + {offsets[day]})",
        (string text, var type) when value is string or string[] => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'::" + type,
        // Parenthesized: FETCH FIRST takes a parameter but not a bare cast expression.
        (var number, var type) => "(" + number + "::" + type + ")",
    };

    /// <summary>A parameter's value as PostgreSQL reads it in text (dates left to the caller) and its type.</summary>
    private static (object Value, string Type) Typed(object? value) => value switch
    {
        string s => (s, "text"),
        double d => (d.ToString("R", CultureInfo.InvariantCulture), "float8"),
        long l => (l.ToString(CultureInfo.InvariantCulture), "bigint"),
        int i => (i.ToString(CultureInfo.InvariantCulture), "int"),
        DateOnly day => (day, "date"),
        string[] a => ("{" + string.Join(',', a) + "}", "text[]"),
        _ => throw new InvalidOperationException($"No literal for {value?.GetType().Name}."),
    };

    [GeneratedRegex(@"\{\+(\d+)\}")]
    private static partial Regex DayOffset();

    [GeneratedRegex(@"@([A-Za-z]\w*)")]
    private static partial Regex Parameter();
}

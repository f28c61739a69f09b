using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Persistence;

/// <summary>
/// The shared data source skips Npgsql's reset on pool return (it cost more server time than most searches), which
/// is sound only while no code leaves session state on a pooled connection. These tests pin both halves.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class PooledConnectionStateTests(HostFixture host)
{
    /// <summary>SQL that outlives its statement on the connection. Transaction-scoped forms (SET LOCAL, pg_advisory_xact_lock) are fine.</summary>
    [GeneratedRegex(
        @"SET\s+SESSION\b|""\s*SET\s+(?!LOCAL\b)[a-z_]+\s*(=|TO\b)|\bLISTEN\s|CREATE\s+TEMP(ORARY)?\s|WITH\s+HOLD\b|pg_(try_)?advisory_lock(_shared)?\s*\(|set_config\s*\([^)]*false\s*\)|\bPREPARE\s+\w+\s+AS\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SessionState();

    /// <summary>
    /// The migrator takes a session advisory lock (migrations cannot run in one transaction) and releases it in a
    /// finally; the outbox's peer listener LISTENs for its node's life and UNLISTENs in a finally (ADR 0036).
    /// </summary>
    private static readonly string[] Allowed = [Path.Combine("Persistence", "DatabaseMigrator.cs"), Path.Combine("Messaging", "OutboxPeerListener.cs")];

    [Fact]
    public void The_shared_data_source_skips_the_reset_and_plans_for_actual_values()
    {
        var settings = new NpgsqlConnectionStringBuilder(host.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString);
        settings.NoResetOnClose.ShouldBeTrue();
        settings.Options.ShouldBe("-c plan_cache_mode=force_custom_plan");
    }

    [Theory]
    [InlineData("\"SET search_path = x\"", true)]
    [InlineData("\"set statement_timeout TO 5\"", true)]
    [InlineData("SET SESSION AUTHORIZATION x", true)]
    [InlineData("LISTEN outbox", true)]
    [InlineData("CREATE TEMP TABLE t (x int)", true)]
    [InlineData("DECLARE c CURSOR WITH HOLD FOR SELECT 1", true)]
    [InlineData("SELECT pg_advisory_lock(1)", true)]
    [InlineData("SELECT set_config('a.b', 'c', false)", true)]
    [InlineData("\"SET LOCAL statement_timeout = 5\"", false)]
    [InlineData("SELECT pg_advisory_xact_lock(1)", false)]
    [InlineData("SELECT set_config('a.b', 'c', true)", false)]
    [InlineData("UPDATE t SET x = 1", false)]
    public void The_pattern_tells_session_state_from_statement_state(string sql, bool leaves) =>
        SessionState().IsMatch(sql).ShouldBe(leaves, sql);

    [Fact]
    public void No_module_code_leaves_session_state_on_a_pooled_connection()
    {
        var modules = Path.Combine(RepositoryPaths.Root, "modules");
        var files = Directory.EnumerateFiles(modules, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains(".Tests", StringComparison.Ordinal))
            .ToList();
        files.Count.ShouldBeGreaterThan(100, "the scan must see the modules' sources");

        var offenders = files
            .Where(f => !Allowed.Any(a => f.EndsWith(a, StringComparison.Ordinal)))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && SessionState().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(modules, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.ShouldBeEmpty();
    }
}

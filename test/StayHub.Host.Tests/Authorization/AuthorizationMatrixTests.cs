using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using StayHub.Host.Tests.Fuzzing;
using StayHub.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace StayHub.Host.Tests.Authorization;

/// <summary>
/// The authorization matrix: every operation of the host's own OpenAPI document × {anonymous, guest, another guest,
/// host of the resource, another host, admin}, each cell's expected answer read from
/// <c>authorization-matrix.md</c> (one row per operation id) and checked against the real host. Someone else's
/// private resource is 404, a missing permission 403, no token 401 (docs/security.md).
/// </summary>
[Collection(MatrixCollection.Name)]
public sealed class AuthorizationMatrixTests(MatrixFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_operation_of_the_OpenAPI_document_has_exactly_one_row_and_every_row_names_an_operation()
    {
        var operations = await OperationsAsync();
        var rows = AuthorizationMatrixTable.Load();

        var duplicates = rows.GroupBy(r => r.OperationId).Where(g => g.Count() > 1).Select(g => $"{g.Key} (lines {string.Join(", ", g.Select(r => r.Line))})").ToList();
        duplicates.ShouldBeEmpty("operations with more than one row in authorization-matrix.md");

        var documented = operations.Select(o => o.OperationId).ToHashSet();
        var listed = rows.Select(r => r.OperationId).ToHashSet();
        var missing = operations.Where(o => !listed.Contains(o.OperationId)).Select(o => $"{o.OperationId} ({o})").ToList();
        missing.ShouldBeEmpty($"operations of /openapi/v1.json without a row in {AuthorizationMatrixTable.FilePath}: add one per operation");
        var stale = rows.Where(r => !documented.Contains(r.OperationId)).Select(r => $"{r.OperationId} (line {r.Line})").ToList();
        stale.ShouldBeEmpty("rows naming an operation /openapi/v1.json no longer has");

        var withoutScenario = operations.Where(o => !MatrixScenarios.Named.Contains(o.OperationId) && !MatrixScenarios.NeedsNone(o)).Select(o => o.OperationId).ToList();
        withoutScenario.ShouldBeEmpty($"operations with path parameters or a body but no entry in {nameof(MatrixScenarios)}");
        MatrixScenarios.Named.Where(n => !documented.Contains(n)).ShouldBeEmpty($"{nameof(MatrixScenarios)} entries for operations that no longer exist");
    }

    [Fact]
    public async Task Every_cell_answers_as_the_matrix_says()
    {
        var clock = Stopwatch.StartNew();
        var operations = (await OperationsAsync()).ToDictionary(o => o.OperationId);
        var rows = AuthorizationMatrixTable.Load().Where(r => operations.ContainsKey(r.OperationId)).ToList();
        var world = await fixture.WorldAsync();
        var setUp = clock.Elapsed;

        // Rows run side by side (each cell makes its own objects where it changes them); the callers of one row in turn.
        var results = new System.Collections.Concurrent.ConcurrentBag<(int Row, MatrixCaller Caller, int Status, string? Failure)>();
        await Parallel.ForEachAsync(rows.Select((row, index) => (row, index)), new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (item, _) =>
        {
            foreach (var (caller, expected) in item.row.Cells)
            {
                var cell = new MatrixCell(world, caller, operations[item.row.OperationId]);
                try
                {
                    var (status, code, body) = await SendAsync(cell);
                    var failure = Judge(expected, status, code, body);
                    results.Add((item.index, caller, status, failure is null ? null : $"{cell}: expected {expected}, got {failure}"));
                }
                catch (Exception ex) when (ex is ShouldAssertException or HttpRequestException or InvalidOperationException or JsonException)
                {
                    // Making the cell's objects failed: reported with the cells, so one broken scenario hides no other.
                    results.Add((item.index, caller, 0, $"{cell}: its objects could not be made: {ex.Message}"));
                }
            }
        });

        var cells = results.Count;
        var byStatus = results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => (g.Key, Count: g.Count())).ToList();
        var failures = results.Where(r => r.Failure is not null).OrderBy(r => r.Row).ThenBy(r => r.Caller).Select(r => r.Failure!).ToList();
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"authorization matrix: {rows.Count} operations × {Enum.GetValues<MatrixCaller>().Length} callers = {cells} cells checked in {clock.Elapsed.TotalSeconds:F1} s "
            + $"(set-up {setUp.TotalSeconds:F1} s); answers {string.Join(" ", byStatus.Select(s => $"{s.Key}×{s.Count}"))}; {failures.Count} failing");
        output.WriteLine(summary);
        WriteResults(summary);
        failures.ShouldBeEmpty($"{summary}\n{string.Join("\n", failures)}");
    }

    private static async Task<(int Status, string? Code, string Body)> SendAsync(MatrixCell cell)
    {
        var request = await MatrixScenarios.BuildAsync(cell);
        var client = request.SendAs ?? cell.World.Clients[cell.Caller];
        var path = cell.Operation.PathTemplate;
        foreach (var parameter in cell.Operation.Parameters.Where(p => p.In == "path"))
        {
            var value = request.PathValues.TryGetValue(parameter.Name, out var v)
                ? v
                : throw new InvalidOperationException($"{cell}: the scenario gives no value for {{{parameter.Name}}}.");
            // Values are ids the world made (a media name may hold a slash), so they go in as they are.
            path = path.Replace($"{{{parameter.Name}}}", value, StringComparison.Ordinal);
        }

        using var message = new HttpRequestMessage(new HttpMethod(cell.Operation.Method), request.Query is null ? path : $"{path}?{request.Query}");
        message.Content = request.Body?.Invoke();
        using var response = await client.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        string? code = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            using var problem = JsonDocument.Parse(body);
            code = problem.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        }

        return ((int)response.StatusCode, code, body);
    }

    /// <summary>Null when the answer fulfils the cell; else what came instead.</summary>
    private static string? Judge(MatrixExpectation expected, int status, string? code, string body)
    {
        var shown = $"{status}{(code is null ? string.Empty : " " + code)}: {(body.Length > 200 ? body[..200] : body)}";
        if (!expected.IsMetBy(status, code))
        {
            return shown;
        }

        // Every refusal is Problem Details with a stable code (api-contract.md), the matrix's included.
        return status >= 400 && string.IsNullOrEmpty(code) ? $"{shown} (a refusal without a Problem Details code)" : null;
    }

    private async Task<List<FuzzOperation>> OperationsAsync()
    {
        using var anonymous = fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var operations = FuzzOperation.ReadAll(document.RootElement);
        operations.Count.ShouldBeGreaterThan(50);
        return operations;
    }

    private void WriteResults(string summary)
    {
        var folder = Path.Combine(RepositoryPaths.Root, ".data", "test-results", "authorization");
        try
        {
            Directory.CreateDirectory(folder);
            File.AppendAllText(Path.Combine(folder, "matrix-results.txt"), $"{DateTimeOffset.UtcNow:O} {summary}\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (IOException ex)
        {
            output.WriteLine($"authorization matrix: results file not written: {ex.Message}");
        }
    }
}

using System.Text.Json;

namespace ClusterScenarios;

/// <summary>
/// Edit/read pairs on the nodes' own ports: a listing edited through node A (PUT returned 2xx) and read at once from
/// node B, anonymously as a visitor would, must show the edit. A stale read is one that still shows an older title.
/// </summary>
internal sealed class ListingStalenessScenario(ClusterSettings settings, StayHubApi api, Marketplace market)
{
    public async Task<ScenarioReport> RunAsync(CancellationToken ct)
    {
        var report = new ScenarioReport("listing-staleness");
        var pairs = settings.Quick ? 100 : 1_000;
        var host = await market.HostAsync(ct);
        var listing = (await market.ListingsAsync(host, 1, ct))[0];
        var path = $"/api/listings/{listing}";

        // Warm node B's cache first, so a stale read would come from it.
        await api.SendAsync(HttpMethod.Get, settings.NodeB, path, cancellationToken: ct);
        int stale = 0, failedEdits = 0, failedReads = 0;
        var firstStale = -1;
        for (var i = 0; i < pairs; i++)
        {
            var title = $"Cluster flat edit {i}";
            var edit = await api.SendAsync(HttpMethod.Put, settings.NodeA, path, host.AccessToken, StayHubApi.Json(Marketplace.ListingBody(title)), cancellationToken: ct);
            if (!edit.IsSuccess)
            {
                if (failedEdits++ == 0)
                {
                    report.Figure($"first failed edit: {edit} {BookingConflictScenario.Trim(edit.Body)}");
                }

                continue;
            }

            var read = await api.SendAsync(HttpMethod.Get, settings.NodeB, path, cancellationToken: ct);
            if (!read.IsSuccess)
            {
                failedReads++;
                continue;
            }

            using var doc = JsonDocument.Parse(read.Body);
            if (doc.RootElement.GetProperty("title").GetString() != title)
            {
                stale++;
                firstStale = firstStale < 0 ? i : firstStale;
            }
        }

        report.Figure($"{pairs} edit (node A) / read (node B) pairs; stale reads {stale} (first at pair {firstStale})");
        report.Check(failedEdits == 0 && failedReads == 0, $"failed edits {failedEdits}, failed reads {failedReads}");
        report.Check(stale == 0, $"stale reads on node B after the edit returned on node A: {stale}");
        return report;
    }
}

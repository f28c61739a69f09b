using System.Collections.Concurrent;
using System.Diagnostics;

namespace ClusterScenarios;

/// <summary>
/// Background load through the balancer for the fault scenarios: workers alternate a listing read and a booking write
/// (each booking a slot of its own), logging every answer with when it was sent, so the scenario can judge the
/// answers around a fault and compare the acknowledged bookings with the database.
/// </summary>
internal sealed class LoadLog(ClusterSettings settings, StayHubApi api, IReadOnlyList<Guid> listings, IReadOnlyList<TestUser> guests, int firstDay)
{
    private readonly ConcurrentBag<LoggedAnswer> answers = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int sequence;

    public TimeSpan Now => clock.Elapsed;

    public IReadOnlyList<LoggedAnswer> Answers => answers.OrderBy(a => a.SentAt).ToList();

    public async Task RunAsync(int workers, bool writes, CancellationToken ct)
    {
        var tasks = Enumerable.Range(0, workers).Select(async w =>
        {
            for (var i = 0; !ct.IsCancellationRequested; i++)
            {
                var sentAt = clock.Elapsed;
                var write = writes && i % 2 == 1;
                ApiAnswer answer;
                try
                {
                    if (write)
                    {
                        var n = Interlocked.Increment(ref sequence);
                        var body = Marketplace.BookingBody(listings[n % listings.Count], firstDay + (2 * (n / listings.Count)), 2);
                        answer = await api.SendAsync(HttpMethod.Post, settings.BalancerUrl, "/api/bookings", guests[w % guests.Count].AccessToken, StayHubApi.Json(body), cancellationToken: ct);
                    }
                    else
                    {
                        var path = i % 4 == 0 ? "/api/listings?city=Lisbon&pageSize=10" : $"/api/listings/{listings[i % listings.Count]}";
                        answer = await api.SendAsync(HttpMethod.Get, settings.BalancerUrl, path, cancellationToken: ct);
                    }
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                answers.Add(new LoggedAnswer(sentAt, write, answer));
                if (!answer.IsSuccess)
                {
                    // A client backs off a little after a failure instead of spinning.
                    await Task.Delay(100, CancellationToken.None);
                }
            }
        });
        await Task.WhenAll(tasks);
    }
}

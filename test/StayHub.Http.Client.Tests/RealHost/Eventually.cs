using System.Diagnostics;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>Integration events are delivered asynchronously (outbox dispatcher): poll rather than sleep.</summary>
internal static class Eventually
{
    public static async Task<T> ReachAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? within = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || clock.Elapsed > (within ?? TimeSpan.FromSeconds(20)))
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}

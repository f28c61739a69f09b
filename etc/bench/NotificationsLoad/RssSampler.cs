using System.Globalization;

namespace NotificationsLoad;

/// <summary>The host's resident set (VmRSS of /proc/{pid}/status), sampled every half second; keeps the peak.</summary>
internal sealed class RssSampler(int pid)
{
    private long peakKb;

    public double PeakMb => Interlocked.Read(ref peakKb) / 1024.0;

    public double CurrentMb => ReadKb() / 1024.0;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var kb = ReadKb();
            if (kb > Interlocked.Read(ref peakKb))
            {
                Interlocked.Exchange(ref peakKb, kb);
            }

            try
            {
                await Task.Delay(500, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private long ReadKb()
    {
        if (pid <= 0)
        {
            return 0;
        }

        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

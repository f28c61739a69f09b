using System.Globalization;

namespace NotificationsLoad;

/// <summary>
/// CPU time used so far by a process (utime + stime of /proc/{pid}/stat), optionally with its children: for
/// PostgreSQL the postmaster, its live backends and workers, and what its exited children used (cutime + cstime,
/// added to the parent when it reaps them), so a pooled connection closed during the run is still counted.
/// </summary>
internal static class ProcessCpu
{
    public static TimeSpan Used(int pid, bool withChildren = false)
    {
        var fields = Fields(pid);
        if (fields is null)
        {
            return TimeSpan.Zero;
        }

        var ticks = Ticks(fields, 11) + Ticks(fields, 12);
        if (withChildren)
        {
            ticks += Ticks(fields, 13) + Ticks(fields, 14);
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(dir), NumberStyles.Integer, CultureInfo.InvariantCulture, out var child)
                    && Fields(child) is { } c && c[1] == pid.ToString(CultureInfo.InvariantCulture))
                {
                    ticks += Ticks(c, 11) + Ticks(c, 12);
                }
            }
        }

        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    /// <summary>The parent of a process (PostgreSQL backend → postmaster).</summary>
    public static int ParentOf(int pid) => Fields(pid) is { } f ? int.Parse(f[1], CultureInfo.InvariantCulture) : 0;

    /// <summary>Busy CPU time of the whole machine (all processes, ours and everyone else's) from /proc/stat.</summary>
    public static TimeSpan MachineBusy()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // user nice system idle iowait irq softirq steal: busy = all but idle and iowait.
        long busy = 0;
        for (var i = 1; i <= 8 && i < cpu.Length; i++)
        {
            busy += i is 4 or 5 ? 0 : long.Parse(cpu[i], CultureInfo.InvariantCulture);
        }

        return TimeSpan.FromSeconds(busy / 100.0);
    }

    /// <summary>The 1-minute load average.</summary>
    public static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    // Fields after the command name (in parentheses, may hold spaces): [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime.
    private static string[]? Fields(int pid)
    {
        if (pid <= 0)
        {
            return null;
        }

        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Ticks(string[] fields, int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
}

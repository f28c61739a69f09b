using System.Globalization;
using BookingLoad;

// Open-loop booking load: request i is due at start + i / rate whether or not earlier ones have answered, and its
// latency runs from that due time, so time spent queued behind slow requests (in the generator, the socket or the
// host) is counted — wrk's closed loop and Lua pacing measure from the actual send and hide it.
//
//   BookingLoad <base url> <listings file> <tokens file> <rate per s> <seconds> <first day yyyy-MM-dd> <label>
if (args.Length != 7)
{
    Console.Error.WriteLine("usage: BookingLoad <base url> <listings file> <tokens file> <rate> <seconds> <first day> <label>");
    return 2;
}

var settings = new PacedSettings(
    new Uri(args[0]),
    File.ReadAllLines(args[1]).Where(l => l.Length > 0).ToArray(),
    File.ReadAllLines(args[2]).Where(l => l.Length > 0).ToArray(),
    double.Parse(args[3], CultureInfo.InvariantCulture),
    TimeSpan.FromSeconds(double.Parse(args[4], CultureInfo.InvariantCulture)),
    DateOnly.ParseExact(args[5], "yyyy-MM-dd", CultureInfo.InvariantCulture),
    args[6]);
var result = await new PacedRun(settings).RunAsync(CancellationToken.None);
Console.WriteLine(result.Describe());
return 0;

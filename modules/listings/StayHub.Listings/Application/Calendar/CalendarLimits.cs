using StayHub.Listings.Contracts;

namespace StayHub.Listings.Application.Calendar;

internal static class CalendarLimits
{
    public const int MaxDays = 366;

    public const int MaxRanges = 100;
}

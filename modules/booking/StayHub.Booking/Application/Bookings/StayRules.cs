using System.Linq.Expressions;
using FluentValidation;
using StayHub.Booking.Domain;
using StayHub.Framework.Contracts;

namespace StayHub.Booking.Application.Bookings;

internal static class StayRules
{
    /// <summary>A sanity cap far above any listing's maximum; the listing's own min/max nights apply after it.</summary>
    public const int MaxNights = 365;

    public const int MaxGuests = 50;

    /// <summary>
    /// The rules quote and booking share, on whichever request carries the stay. The selectors are expressions so
    /// each error keeps its property's key (<c>listingId</c>, <c>checkIn</c>, <c>checkOut</c>, <c>guests</c>).
    /// </summary>
    public static void AddStayRules<T>(
        this AbstractValidator<T> validator,
        Expression<Func<T, Guid>> listingId,
        Expression<Func<T, DateOnly>> checkIn,
        Expression<Func<T, DateOnly>> checkOut,
        Expression<Func<T, int>> guests)
    {
        validator.RuleFor(listingId).NotEmpty();
        validator.RuleFor(checkIn).NotEmpty();
        validator.RuleFor(checkOut).GreaterThan(checkIn).WithMessage("checkOut must be after checkIn.");
        var from = checkIn.Compile();
        var to = checkOut.Compile();
        validator.RuleFor(x => x).Must(x => to(x).DayNumber - from(x).DayNumber <= MaxNights)
            .OverridePropertyName("checkOut").WithMessage($"A stay is at most {MaxNights} nights.");
        validator.RuleFor(guests).InclusiveBetween(1, MaxGuests);
    }
}

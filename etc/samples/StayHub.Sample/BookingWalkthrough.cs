using System.Globalization;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Http.Client;
using StayHub.Listings.Contracts;
using StayHub.Payments.Contracts;

namespace StayHub.Sample;

/// <summary>Search → quote → book → pay → wait for confirmation: the guest's path, each step one proxy call.</summary>
internal sealed class BookingWalkthrough(
    IListingSearchAppService search,
    IListingAppService listings,
    IBookingAppService bookings,
    IPaymentAppService payments,
    TextWriter log)
{
    private const int Nights = 2;
    private const int DateAttempts = 40;

    public async Task<BookingDto> RunAsync(string city, CancellationToken cancellationToken)
    {
        var results = await search.SearchListingsAsync(
            new ListingSearchQuery(null, city, null, null, null, null, null, null, null, "1", null, null, null, null, "price_asc", "50", null),
            cancellationToken);
        await log.WriteLineAsync($"{results.Items.Count} listings in {city}");

        foreach (var summary in results.Items)
        {
            // Only instant-book listings confirm on payment alone; the others wait for their host.
            var listing = await listings.GetListingAsync(summary.Id, cancellationToken);
            if (!listing.InstantBook || listing.MinNights > Nights || listing.MaxNights < Nights)
            {
                continue;
            }

            var booking = await BookFreeStayAsync(listing, cancellationToken);
            if (booking is null)
            {
                continue;
            }

            var payment = await payments.PayBookingAsync(booking.Id, new PayRequest("pm_card_visa"), cancellationToken);
            await log.WriteLineAsync($"Payment {payment.Id}: {payment.Status} {Format(payment.Amount.Amount, payment.Amount.Currency)}");
            if (payment.Status != PaymentStatuses.Succeeded)
            {
                throw new InvalidOperationException($"The payment ended {payment.Status} ({payment.Code}: {payment.Message}).");
            }

            return await ConfirmedAsync(booking.Id, cancellationToken);
        }

        throw new InvalidOperationException($"No instant-book listing in {city} had {Nights} free nights in the next months.");
    }

    /// <summary>Tries stays a few days apart until the quote says one is free, then books it (another guest may win the race: try on).</summary>
    private async Task<BookingDto?> BookFreeStayAsync(ListingDto listing, CancellationToken cancellationToken)
    {
        var first = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14 + Random.Shared.Next(0, 60));
        for (var attempt = 0; attempt < DateAttempts; attempt++)
        {
            var checkIn = first.AddDays(attempt * 3);
            var quote = await bookings.QuoteBookingAsync(new QuoteRequest(listing.Id, checkIn, checkIn.AddDays(Nights), 1), cancellationToken);
            if (!quote.Available)
            {
                continue;
            }

            await log.WriteLineAsync($"Quote for \"{listing.Title}\" {checkIn:yyyy-MM-dd} +{quote.Nights} nights: {Format(quote.Total.Amount, quote.Total.Currency)}");
            try
            {
                var booking = await bookings.CreateBookingAsync(
                    new CreateBookingRequest(listing.Id, checkIn, checkIn.AddDays(Nights), 1, "Booked by the StayHub .NET sample."), cancellationToken);
                await log.WriteLineAsync($"Booked {booking.Id}: {booking.Status}");
                return booking;
            }
            catch (StayHubRemoteException e) when (e.Code == BookingErrorCodes.DatesUnavailable)
            {
                await log.WriteLineAsync($"{checkIn:yyyy-MM-dd} was just taken; trying other dates");
            }
        }

        return null;
    }

    /// <summary>The payment confirms the booking through an integration event, a moment later: poll for it.</summary>
    private async Task<BookingDto> ConfirmedAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var booking = await bookings.GetBookingAsync(bookingId, cancellationToken);
            if (booking.Status != BookingStatuses.Pending)
            {
                return booking;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private static string Format(long minorUnits, string currency)
    {
        // Amounts travel in minor units; JPY has none, BHD three.
        var digits = Currencies.IsSupported(currency) ? Currencies.MinorUnits(currency) : 2;
        var major = minorUnits / (decimal)Math.Pow(10, digits);
        return major.ToString("N" + digits, CultureInfo.InvariantCulture) + " " + currency;
    }
}

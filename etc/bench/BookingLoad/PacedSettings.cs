namespace BookingLoad;

/// <summary>What to send: listings and guest tokens to rotate through, the rate, for how long, from which day on.</summary>
internal sealed record PacedSettings(
    Uri BaseAddress, string[] Listings, string[] Tokens, double Rate, TimeSpan Duration, DateOnly FirstDay, string Label);

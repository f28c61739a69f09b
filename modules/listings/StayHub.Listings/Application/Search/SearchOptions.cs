namespace StayHub.Listings.Application.Search;

/// <summary>Configuration section <c>Listings:Search</c>.</summary>
internal sealed class SearchOptions
{
    public const string SectionName = "Listings:Search";

    /// <summary>
    /// How long a result page is reused for the same normalised query, in this node's memory only; zero turns the
    /// cache off. It is also how long a search may lag behind a change (a booking, a block, an edit): keep it to
    /// seconds. Booking itself never trusts search, so a stale page can at worst lead to a 409 on booking.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(3);
}

namespace StayHub.Identity.Seeding;

/// <summary>Bound from <c>Seed</c>.</summary>
internal sealed class SeedOptions
{
    /// <summary>Create demo accounts (and, in later modules, demo listings and bookings).</summary>
    public bool Demo { get; set; }
}

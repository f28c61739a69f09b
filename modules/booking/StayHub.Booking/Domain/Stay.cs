namespace StayHub.Booking.Domain;

/// <summary>
/// A range of nights a listing is held for: a guest's <see cref="GuestBooking"/> or a host's <see cref="HostBlock"/>.
/// Both live in one table (mapped table-per-hierarchy, discriminator <c>kind</c>) under one exclusion constraint, so
/// that PostgreSQL, not application code, decides which of two racing writers gets a night.
/// </summary>
internal abstract class Stay
{
    /// <summary>Discriminator value of a booking row.</summary>
    public const string BookingKind = "booking";

    /// <summary>Discriminator value of a block row.</summary>
    public const string BlockKind = "block";

    public Guid Id { get; protected set; }

    public Guid ListingId { get; protected set; }

    public Guid HostId { get; protected set; }

    public DateOnly CheckIn { get; protected set; }

    public DateOnly CheckOut { get; protected set; }

    public DateTimeOffset CreatedAt { get; protected set; }

    public DateTimeOffset UpdatedAt { get; protected set; }

    /// <summary>PostgreSQL's xmin: two writers changing one stay cannot both win.</summary>
    public uint Version { get; private set; }

    protected void Touch(DateTimeOffset now) => UpdatedAt = now;
}

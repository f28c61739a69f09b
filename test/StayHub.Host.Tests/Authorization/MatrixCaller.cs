namespace StayHub.Host.Tests.Authorization;

/// <summary>The six callers of every operation in the authorization matrix, in the table's column order.</summary>
public enum MatrixCaller
{
    /// <summary>No token.</summary>
    Anonymous,

    /// <summary>The guest of the resource (the booking's guest, the notification's recipient, the reviewer).</summary>
    Guest,

    /// <summary>A signed-in guest with nothing to do with the resource.</summary>
    OtherGuest,

    /// <summary>The host of the resource (owner of the listing the booking, payment or review is about).</summary>
    Host,

    /// <summary>A signed-in host who owns other listings, not this one.</summary>
    OtherHost,

    /// <summary>The seeded administrator (every permission, party to nothing).</summary>
    Admin,
}

namespace StayHub.Payments.Domain;

/// <summary>
/// Where a payment stands. Stored and published as snake_case text (<c>partially_refunded</c>), the values of
/// <see cref="Contracts.PaymentStatuses"/>; see <see cref="Framework.Domain.EnumText"/>.
/// </summary>
internal enum PaymentStatus
{
    /// <summary>Sent to the provider, no answer yet.</summary>
    Processing,

    /// <summary>The guest must authenticate (3-D Secure).</summary>
    RequiresAction,

    /// <summary>Captured.</summary>
    Succeeded,

    /// <summary>Declined or abandoned; nothing was captured.</summary>
    Failed,

    /// <summary>Captured, then refunded in part.</summary>
    PartiallyRefunded,

    /// <summary>Captured, then refunded in full.</summary>
    Refunded,
}

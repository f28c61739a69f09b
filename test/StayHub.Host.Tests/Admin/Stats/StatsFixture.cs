using StayHub.Host.Tests.Payments;

namespace StayHub.Host.Tests.Admin.Stats;

/// <summary>A host of its own for the dashboard figures, so no other test's bookings, users or requests move them.</summary>
public sealed class StatsFixture : PaymentsFixture;

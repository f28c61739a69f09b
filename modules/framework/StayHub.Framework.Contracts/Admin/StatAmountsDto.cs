namespace StayHub.Framework.Contracts.Admin;

/// <summary>A sum of money on the dashboard, per currency (never added across currencies).</summary>
/// <param name="Name">Stable name (e.g. <c>bookings.gross_value</c>).</param>
/// <param name="DisplayName">Label for people.</param>
/// <param name="Amounts">One amount per currency (integer minor units), sorted by currency; empty when there was none.</param>
public sealed record StatAmountsDto(string Name, string DisplayName, IReadOnlyList<Money> Amounts);

namespace StayHub.Payments.Domain;

/// <summary>
/// One line of a double-entry ledger transaction. The lines of a transaction sum to zero per currency (a deferred
/// constraint trigger checks it at commit), so money only ever moves between accounts, never appears or vanishes.
/// </summary>
internal sealed class LedgerEntry
{
    private LedgerEntry()
    {
    }

    public long Id { get; private set; }

    public Guid TransactionId { get; private set; }

    /// <summary>One of <see cref="LedgerKinds"/>.</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>One of <see cref="LedgerAccounts"/>.</summary>
    public string Account { get; private set; } = string.Empty;

    /// <summary>Signed minor units: positive = into the account.</summary>
    public long Amount { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public Guid PaymentId { get; private set; }

    public Guid BookingId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A balanced transaction moving <paramref name="amount"/> from one account to another.</summary>
    public static IEnumerable<LedgerEntry> Transfer(string kind, string from, string to, long amount, Payment payment, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        var transactionId = Guid.CreateVersion7(now);
        yield return Line(transactionId, kind, from, -amount, payment, now);
        yield return Line(transactionId, kind, to, amount, payment, now);
    }

    private static LedgerEntry Line(Guid transactionId, string kind, string account, long amount, Payment payment, DateTimeOffset now) => new()
    {
        TransactionId = transactionId,
        Kind = kind,
        Account = account,
        Amount = amount,
        Currency = payment.Currency,
        PaymentId = payment.Id,
        BookingId = payment.BookingId,
        CreatedAt = now,
    };
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using StayHub.Framework.Contracts.Events;
using StayHub.Framework.DataProtection;
using StayHub.Framework.Domain;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;
using StayHub.Payments.Domain;

namespace StayHub.Payments.Persistence;

internal sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options, IPiiProtector protector)
    : ModuleDbContext(options), IHasPiiProtector
{
    public const string SchemaName = "payments";

    /// <summary>At most one payment per booking is in flight or captured (partial unique index).</summary>
    public const string OneLivePaymentIndex = "ux_payments_one_live_per_booking";

    public IPiiProtector PiiProtector => protector;

    protected override string Schema => SchemaName;

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<Payout> Payouts => Set<Payout>();

    public DbSet<PayoutAccount> PayoutAccounts => Set<PayoutAccount>();

    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    public DbSet<ProcessedWebhookEvent> WebhookEvents => Set<ProcessedWebhookEvent>();

    /// <summary>Adds an integration event to the outbox, written in the same transaction as the change it announces.</summary>
    public void Publish(IIntegrationEvent integrationEvent) => this.AddIntegrationEvent(integrationEvent);

    public void Post(IEnumerable<LedgerEntry> transaction) => Ledger.AddRange(transaction);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Payment>(b =>
        {
            b.ToTable("payments", t =>
            {
                t.HasCheckConstraint("ck_payments_amounts", "amount > 0 AND service_fee >= 0 AND service_fee <= amount AND refunded >= 0 AND refunded <= amount");
            });
            b.HasKey(p => p.Id);
            b.Property(p => p.Provider).HasMaxLength(16);
            b.Property(p => p.ProviderPaymentId).HasMaxLength(255);
            b.Property(p => p.PaymentMethodId).HasMaxLength(255);
            b.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
            b.Property(p => p.Status).HasMaxLength(24).HasConversion<EnumTextConverter<PaymentStatus>>();
            b.Property(p => p.FailureCode).HasMaxLength(Payment.CodeMaxLength);
            b.Property(p => p.FailureMessage).HasMaxLength(Payment.MessageMaxLength);
            b.Property(p => p.Version).IsRowVersion();
            b.HasIndex(p => p.BookingId);
            b.HasIndex(p => p.ProviderPaymentId).IsUnique().HasFilter("provider_payment_id IS NOT NULL");
            // The database, not a read-then-write check, makes a second payment for a paid booking impossible. Fully
            // refunded payments leave the index: an unhonoured late capture goes straight to "refunded".
            b.HasIndex(p => p.BookingId).HasDatabaseName(OneLivePaymentIndex).IsUnique()
                .HasFilter($"status IN ('{PaymentStatus.Processing.ToText()}', '{PaymentStatus.Succeeded.ToText()}', '{PaymentStatus.PartiallyRefunded.ToText()}')");
            b.HasIndex(p => new { p.Status, p.Id });
        });
        modelBuilder.Entity<Refund>(b =>
        {
            b.ToTable("refunds", t => t.HasCheckConstraint("ck_refunds_amount", "amount > 0"));
            b.HasKey(r => r.Id);
            b.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
            b.Property(r => r.Kind).HasMaxLength(16);
            b.Property(r => r.Reason).HasMaxLength(Refund.ReasonMaxLength);
            b.Property(r => r.ProviderRefundId).HasMaxLength(255);
            b.HasIndex(r => r.PaymentId);
            b.HasIndex(r => r.ProviderRefundId).IsUnique();
        });
        modelBuilder.Entity<Payout>(b =>
        {
            b.ToTable("payouts", t => t.HasCheckConstraint("ck_payouts_amounts", "amount >= 0 AND fees >= 0"));
            b.HasKey(p => p.Id);
            b.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
            b.Property(p => p.Status).HasMaxLength(16).HasConversion<EnumTextConverter<PayoutStatus>>();
            b.Property(p => p.ProviderTransferId).HasMaxLength(255);
            b.Property(p => p.FailureReason).HasMaxLength(Payout.FailureMaxLength);
            b.Property(p => p.Version).IsRowVersion();
            b.HasIndex(p => p.PaymentId).IsUnique();
            b.HasIndex(p => new { p.HostId, p.Id });
            b.HasIndex(p => p.ReleaseAt).HasFilter($"status = '{PayoutStatus.Scheduled.ToText()}'");
            b.HasIndex(p => p.ProviderTransferId).IsUnique().HasFilter("provider_transfer_id IS NOT NULL");
        });
        modelBuilder.Entity<PayoutAccount>(b =>
        {
            b.ToTable("payout_accounts");
            b.HasKey(a => a.HostId);
            b.Property(a => a.Provider).HasMaxLength(16);
            // Encrypted at rest: the column holds Data Protection ciphertext, never the account id.
            b.Property(a => a.AccountId).HasConversion((ValueConverter)new ProtectedStringConverter(protector));
            b.Ignore(a => a.Hint);
        });
        modelBuilder.Entity<LedgerEntry>(b =>
        {
            b.ToTable("ledger_entries", t => t.HasCheckConstraint("ck_ledger_entries_amount", "amount <> 0"));
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).UseIdentityAlwaysColumn();
            b.Property(e => e.Kind).HasMaxLength(16);
            b.Property(e => e.Account).HasMaxLength(32);
            b.Property(e => e.Currency).HasMaxLength(3).IsFixedLength();
            b.HasIndex(e => e.TransactionId);
            b.HasIndex(e => new { e.PaymentId, e.Account });
        });
        modelBuilder.Entity<ProcessedWebhookEvent>(b =>
        {
            b.ToTable("webhook_events");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).HasMaxLength(255);
            b.Property(e => e.Type).HasMaxLength(100);
        });
    }
}

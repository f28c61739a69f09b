using Microsoft.EntityFrameworkCore;
using StayHub.Booking.Contracts;
using StayHub.Framework.Emailing;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;
using StayHub.Notifications.Domain;

namespace StayHub.Notifications.Persistence;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "notifications";

    protected override string Schema => SchemaName;

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<BookingSnapshot> Bookings => Set<BookingSnapshot>();

    public DbSet<EmailDelivery> EmailDeliveries => Set<EmailDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddEmailOutbox();
        modelBuilder.Entity<Notification>(b =>
        {
            b.ToTable("notifications");
            b.HasKey(n => n.Id);
            b.Property(n => n.Channel).HasMaxLength(16);
            b.Property(n => n.Type).HasMaxLength(64);
            b.Property(n => n.Language).HasMaxLength(8);
            b.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
            b.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
            b.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
            // At most one notification per event, recipient and channel, whatever redelivers the event.
            b.HasIndex(n => new { n.EventId, n.UserId, n.Channel }).IsUnique();
            // The user's list (newest first) and unread count.
            b.HasIndex(n => new { n.UserId, n.Channel, n.Id });
            b.HasIndex(n => n.UserId).HasDatabaseName("ix_notifications_unread").HasFilter("read_at IS NULL AND channel = 'in_app'");
        });
        modelBuilder.Entity<BookingSnapshot>(b =>
        {
            b.ToTable("bookings");
            b.HasKey(s => s.BookingId);
            b.Property(s => s.BookingId).ValueGeneratedNever();
            b.Property(s => s.Currency).HasMaxLength(3);
            b.Property(s => s.Status).HasMaxLength(16).HasConversion<EnumTextConverter<BookingSnapshotStatus>>();
            // The reminder job's scan: confirmed stays not reminded yet, by check-in day.
            b.HasIndex(s => s.CheckIn).HasDatabaseName("ix_bookings_reminder_due").HasFilter($"status = '{BookingStatuses.Confirmed}' AND reminder_sent_at IS NULL");
        });
    }
}

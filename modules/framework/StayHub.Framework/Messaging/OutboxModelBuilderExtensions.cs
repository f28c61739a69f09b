using Microsoft.EntityFrameworkCore;

namespace StayHub.Framework.Messaging;

/// <summary>Maps a module's outbox and inbox tables into its DbContext.</summary>
public static class OutboxModelBuilderExtensions
{
    /// <summary>Longest stored error text; the rest is cut off (a stack trace is in the log).</summary>
    public const int MaxErrorLength = 2000;

    /// <summary>
    /// Maps <see cref="OutboxMessage"/> (table <c>outbox_messages</c>) and <see cref="InboxMessage"/> (table
    /// <c>inbox_messages</c>, primary key (event_id, handler)) into the context's default schema. Call it from
    /// <c>OnModelCreating</c> after <c>HasDefaultSchema</c>, then add a migration.
    /// </summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable(OutboxTables.Outbox);
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).UseIdentityAlwaysColumn();
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Payload).HasColumnType("jsonb");
            b.Property(x => x.LastError).HasMaxLength(MaxErrorLength);
            // The dispatcher's claim query reads only pending rows, in id order.
            b.HasIndex(x => x.Id).HasDatabaseName("ix_outbox_messages_pending").HasFilter("processed_at IS NULL AND failed_at IS NULL");
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable(OutboxTables.Inbox);
            b.HasKey(x => new { x.EventId, x.Handler });
            b.Property(x => x.Handler).HasMaxLength(300);
            b.Property(x => x.Name).HasMaxLength(200);
        });
        return modelBuilder;
    }
}

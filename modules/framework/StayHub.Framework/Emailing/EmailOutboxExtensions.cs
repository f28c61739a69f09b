using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace StayHub.Framework.Emailing;

/// <summary>Maps, fills and registers a module's durable email outbox (the same shape as the event outbox).</summary>
public static class EmailOutboxExtensions
{
    /// <summary>Longest stored error text.</summary>
    public const int MaxErrorLength = 2000;

    /// <summary>
    /// Maps <see cref="EmailDelivery"/> (table <c>email_deliveries</c>) into the context's default schema. Call it from
    /// <c>OnModelCreating</c>, register the context with <see cref="AddEmailOutbox{TContext}"/>, then add a migration.
    /// </summary>
    public static ModelBuilder AddEmailOutbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<EmailDelivery>(b =>
        {
            b.ToTable(EmailOutboxTables.Deliveries);
            b.HasKey(x => x.Id);
            b.Property(x => x.Key).HasMaxLength(EmailDelivery.KeyMaxLength);
            b.Property(x => x.Kind).HasMaxLength(EmailDelivery.KindMaxLength);
            b.Property(x => x.Recipient).HasMaxLength(EmailDelivery.AddressMaxLength);
            b.Property(x => x.Subject).HasMaxLength(EmailDelivery.SubjectMaxLength);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.LastError).HasMaxLength(MaxErrorLength);
            b.HasIndex(x => x.Key).IsUnique();
            // The worker's claim reads only due rows in due order; the admin list filters by status, newest first.
            b.HasIndex(x => x.NextAttemptAt).HasDatabaseName("ix_email_deliveries_due").HasFilter("status IN ('pending', 'failed')");
            b.HasIndex(x => new { x.Status, x.Id });
        });
        return modelBuilder;
    }

    /// <summary>
    /// Adds <paramref name="message"/> to the context's email outbox; it is written by the next SaveChanges, in the same
    /// transaction as the rest of the unit of work, and sent by the background worker.
    /// </summary>
    public static EmailDelivery QueueEmail(this DbContext context, EmailMessage message, string kind, DateTimeOffset now, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        var delivery = EmailDelivery.Create(message, kind, key, now);
        context.Set<EmailDelivery>().Add(delivery);
        return delivery;
    }

    /// <summary>The worker sends <typeparamref name="TContext"/>'s email outbox (the context maps <see cref="AddEmailOutbox"/>).</summary>
    public static IServiceCollection AddEmailOutbox<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        if (!services.Any(d => d.ImplementationInstance is EmailOutboxRegistration r && r.ContextType == typeof(TContext)))
        {
            services.AddSingleton(new EmailOutboxRegistration(typeof(TContext)));
        }

        if (!services.Any(d => d.ServiceType == typeof(EmailOutboxWorker)))
        {
            services.AddSingleton<EmailOutboxSignal>();
            services.AddSingleton<EmailOutboxWorker>();
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<EmailOutboxWorker>());
        }

        return services;
    }
}

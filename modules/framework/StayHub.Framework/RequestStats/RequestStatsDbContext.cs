using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.RequestStats;

/// <summary>
/// The minute rows of request figures (schema <c>request_stats</c>). EF only maps and migrates them: the recorder adds
/// to them and the dashboard reads them with plain SQL (<see cref="RequestStatsSql"/>).
/// </summary>
internal sealed class RequestStatsDbContext(DbContextOptions<RequestStatsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "request_stats";

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<RequestMinute>(b =>
        {
            b.ToTable("request_minutes");
            // The key serves the dashboard's time range and the retention job's oldest-first delete.
            b.HasKey(x => new { x.Minute, x.Node });
            b.Property(x => x.Node).HasMaxLength(128);
        });
        modelBuilder.Entity<RequestMinuteErrorCode>(b =>
        {
            b.ToTable("request_minute_error_codes");
            b.HasKey(x => new { x.Minute, x.Node, x.Code });
            b.Property(x => x.Node).HasMaxLength(128);
            b.Property(x => x.Code).HasMaxLength(128);
        });
    }
}

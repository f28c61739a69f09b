using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Emailing;

/// <summary>
/// The framework's own email outbox (schema <c>emailing</c>), behind <see cref="IEmailSender"/>: account mail
/// (confirm email, reset password) that belongs to no other unit of work. Modules with their own mail map their own.
/// </summary>
internal sealed class EmailingDbContext(DbContextOptions<EmailingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "emailing";

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddEmailOutbox();
    }
}

using Microsoft.EntityFrameworkCore;

namespace StayHub.Framework.Persistence;

/// <summary>
/// Base for a module's DbContext: everything it maps lives in the module's own PostgreSQL schema
/// (architecture rule 1), including its migrations history table.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    protected abstract string Schema { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, t => ConfigurationBelongsHere(t));
    }

    /// <summary>Only entity configurations in this context's namespace tree apply, so one assembly may hold several contexts.</summary>
    private bool ConfigurationBelongsHere(Type configurationType)
    {
        var root = GetType().Namespace ?? string.Empty;
        var rootParent = root.EndsWith(".Persistence", StringComparison.Ordinal) ? root[..^".Persistence".Length] : root;
        return configurationType.Namespace is { } ns && ns.StartsWith(rootParent, StringComparison.Ordinal);
    }
}

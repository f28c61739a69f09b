namespace StayHub.Framework.Modularity;

/// <summary>
/// A unit of composition in the ABP sense: registers its services and declares the modules it needs.
/// The host lists root modules once; <see cref="ModuleLoader"/> orders the rest by their dependencies.
/// </summary>
public abstract class StayHubModule
{
    /// <summary>Modules whose services must be registered before this one's.</summary>
    public virtual IReadOnlyList<Type> DependsOn => [];

    public virtual void ConfigureServices(ModuleContext context)
    {
    }
}

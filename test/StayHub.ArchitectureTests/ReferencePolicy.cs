namespace StayHub.ArchitectureTests;

/// <summary>Which StayHub assembly may reference which (rule 1): the single source of truth for both the
/// assembly-reference and the type-dependency checks.</summary>
public static class ReferencePolicy
{
    /// <returns><c>null</c> when allowed, otherwise why not.</returns>
    public static string? WhyForbidden(ModuleAssemblyName source, ModuleAssemblyName target)
    {
        if (source.Module == target.Module)
        {
            // Contracts <- core <- Http: the core must not know how it is mounted, Contracts know neither.
            return target.Layer < source.Layer ? null : "inside a module, references point inward (Contracts <- core <- Http)";
        }

        if (source.IsFramework)
        {
            return "the framework references no module";
        }

        if (target.Layer == Layer.Contracts)
        {
            return null; // StayHub.Framework.Contracts or another module's Contracts: the public surface.
        }

        if (source.Layer == Layer.Contracts)
        {
            // Contracts are referenced by every other module, so they must not drag EF Core or ASP.NET along.
            return "a Contracts assembly references only Contracts assemblies (StayHub.Framework.Contracts, other modules' Contracts)";
        }

        if (target.IsFramework && source.Layer == Layer.Core && target.Layer == Layer.Http)
        {
            // The core stays free of ASP.NET so another host can mount the module differently.
            return "a core assembly does not reference StayHub.Framework.Http";
        }

        return target.IsFramework ? null : "a module reaches another module only through its .Contracts";
    }
}

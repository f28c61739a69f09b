using System.Reflection;
using System.Runtime.CompilerServices;

namespace StayHub.ArchitectureTests;

/// <summary>Exact type names for NetArchTest's dependency search, which matches by name prefix segment by segment
/// ("StayHub.Identity" also matches StayHub.Identity.Contracts.*). Searching for an assembly's own top-level
/// type names instead of its namespaces pins a dependency to that assembly.</summary>
public static class TypeNames
{
    /// <summary>Top-level types the assembly declares, without the compiler's per-assembly copies
    /// (NullableAttribute, EmbeddedAttribute, ...), which share one name across every assembly.</summary>
    public static IReadOnlyList<string> DeclaredBy(Assembly assembly) =>
        LoadableTypes(assembly)
            .Where(t => t.DeclaringType is null && t.FullName is not null && !t.FullName.StartsWith('<'))
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            .Where(t => !t.CustomAttributes.Any(a => a.AttributeType.FullName == "Microsoft.CodeAnalysis.EmbeddedAttribute"))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>Searching for <paramref name="searched"/> would also match <paramref name="other"/>.</summary>
    public static bool Matches(string searched, string other) =>
        other == searched || other.StartsWith(searched + ".", StringComparison.Ordinal);

    public static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // A type whose dependency is missing from the output folder still leaves the rest checkable.
            return e.Types.OfType<Type>();
        }
    }
}

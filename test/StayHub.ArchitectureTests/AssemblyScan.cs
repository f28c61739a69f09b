using System.Reflection;

namespace StayHub.ArchitectureTests;

/// <summary>Finds the module assemblies to check: every StayHub.*.dll in the test output folder, so referencing a
/// new module's projects from this test project is all it takes to bring it under the rules.</summary>
public static class AssemblyScan
{
    private static readonly Lazy<IReadOnlyList<Assembly>> Scanned = new(Load);

    public static IReadOnlyList<Assembly> ModuleAssemblies => Scanned.Value;

    /// <summary>Planted fixtures break the rules on purpose; test projects and the host are not modules.</summary>
    public static bool IsExcluded(string assemblyName) =>
        assemblyName.Contains(".Planted", StringComparison.Ordinal)
        || assemblyName.EndsWith("Tests", StringComparison.Ordinal)
        || assemblyName == "StayHub.Host"
        || assemblyName.StartsWith("StayHub.Host.", StringComparison.Ordinal);

    public static Assembly Planted(string name) => Assembly.Load(new AssemblyName(name));

    private static List<Assembly> Load() =>
        Directory.GetFiles(AppContext.BaseDirectory, ModuleAssemblyName.Prefix + "*.dll")
            .Select(AssemblyName.GetAssemblyName)
            .Where(n => n.Name is { } name && !IsExcluded(name))
            // Load by name (not path) so each assembly is the same instance the default context resolves.
            .Select(Assembly.Load)
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .ToList();
}

using System.Reflection;
using NetArchTest.Rules;

namespace StayHub.ArchitectureTests;

public static partial class ModuleRules
{
    /// <summary>Rule 1: a module uses another module only through its Contracts (<see cref="ReferencePolicy"/>),
    /// checked on the assembly references and, to name the culprits, on the type dependencies.</summary>
    public static IReadOnlyList<string> ModuleReferences(Assembly assembly)
    {
        if (ModuleAssemblyName.Parse(assembly.GetName().Name!) is not { } source)
        {
            return [];
        }

        var references = assembly.GetReferencedAssemblies()
            .Select(r => (Reference: r, Target: ModuleAssemblyName.Parse(r.Name!)))
            .Where(x => x.Target is not null)
            .Select(x => (x.Reference, Target: x.Target!, Why: ReferencePolicy.WhyForbidden(source, x.Target!)))
            .ToList();
        var forbidden = references.Where(x => x.Why is not null).ToList();
        if (forbidden.Count == 0)
        {
            return [];
        }

        // Names of types the assembly may use; a forbidden name that would also match one of them is not searched
        // for, so the type check never blames an allowed dependency (the reference check above still fires).
        var allowedNames = references.Where(x => x.Why is null)
            .Select(x => Assembly.Load(x.Reference))
            .Append(assembly)
            .SelectMany(TypeNames.DeclaredBy)
            .ToList();

        var violations = new List<string>();
        foreach (var (reference, target, why) in forbidden)
        {
            violations.Add($"{source.Name} references {target.Name}: {why}");
            var searched = TypeNames.DeclaredBy(Assembly.Load(reference))
                .Where(n => !allowedNames.Exists(a => TypeNames.Matches(n, a)))
                .ToArray();
            if (searched.Length == 0)
            {
                continue;
            }

            violations.AddRange(Types.InAssembly(assembly).That().HaveDependencyOnAny(searched).GetTypes()
                .Select(t => $"{t.FullName} uses a type of {target.Name}: {why}"));
        }

        return Sorted(violations);
    }
}

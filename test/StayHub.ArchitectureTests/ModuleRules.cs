using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace StayHub.ArchitectureTests;

/// <summary>The module and layer rules of architecture.md, as functions returning readable violations, so the same
/// code is run on the real assemblies (expect none) and on the planted fixtures (expect each one).</summary>
public static partial class ModuleRules
{
    public const string ContractsWhy = "Contracts stay free of EF Core, ASP.NET Core and Npgsql";
    public const string DbContextWhy = "a module's DbContext stays internal";
    public const string CoreHttpWhy = "the core has no HTTP dependency; endpoints live in the .Http project";
    public const string DomainWhy = "the domain depends on neither application nor persistence";

    // Matched segment by segment: "Npgsql" covers Npgsql.* but not a hypothetical NpgsqlFoo.
    private static readonly string[] ContractsBanned = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql"];

    // Only these three: Microsoft.AspNetCore.Identity types come from Microsoft.Extensions.Identity.* and are fine.
    private static readonly string[] CoreBanned = ["Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Mvc"];

    /// <summary>Every rule that applies to the assembly, by its name's module and layer.</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly) =>
    [
        .. ModuleReferences(assembly),
        .. ContractsDependencies(assembly),
        .. PublicDbContexts(assembly),
        .. CoreHttpDependencies(assembly),
        .. DomainLayering(assembly),
    ];

    /// <summary>Rule 2: Contracts are referenced by every module, so they carry no persistence or web stack.</summary>
    public static IReadOnlyList<string> ContractsDependencies(Assembly assembly)
    {
        if (NameOf(assembly) is not { Layer: Layer.Contracts } name)
        {
            return [];
        }

        var references = assembly.GetReferencedAssemblies()
            .Where(r => ContractsBanned.Any(b => TypeNames.Matches(b, r.Name!)))
            .Select(r => $"{name.Name} references {r.Name}: {ContractsWhy}");
        return Sorted([.. references, .. TypesUsing(assembly, ContractsBanned, ContractsWhy)]);
    }

    /// <summary>Rule 3: another module could otherwise query this module's tables. The framework's abstract
    /// ModuleDbContext is the public base every module derives from, so abstract framework types are exempt.</summary>
    public static IReadOnlyList<string> PublicDbContexts(Assembly assembly)
    {
        if (NameOf(assembly) is not { } name)
        {
            return [];
        }

        return Sorted(TypeNames.LoadableTypes(assembly)
            .Where(t => t.IsVisible && typeof(DbContext).IsAssignableFrom(t))
            .Where(t => !(name.IsFramework && t.IsAbstract))
            .Select(t => $"{t.FullName} is a public DbContext: {DbContextWhy}"));
    }

    /// <summary>Rule 4: the core can be mounted by any host; HTTP belongs to StayHub.X.Http.</summary>
    public static IReadOnlyList<string> CoreHttpDependencies(Assembly assembly) =>
        NameOf(assembly) is { Layer: Layer.Core } ? Sorted(TypesUsing(assembly, CoreBanned, CoreHttpWhy)) : [];

    /// <summary>Rule 5: inside a core project, Domain/ is the innermost folder.</summary>
    public static IReadOnlyList<string> DomainLayering(Assembly assembly)
    {
        if (NameOf(assembly) is not { Layer: Layer.Core } name)
        {
            return [];
        }

        // Segment-exact (StayHub.X.Domain and below), unlike ResideInNamespace's plain string prefix.
        var domain = $@"^{Regex.Escape(name.Name)}\.Domain(\.|$)";
        return Sorted(new[] { $"{name.Name}.Application", $"{name.Name}.Persistence" }.SelectMany(layer =>
            Types.InAssembly(assembly).That().ResideInNamespaceMatching(domain).And().HaveDependencyOn(layer).GetTypes()
                .Select(t => $"{t.FullName} uses {layer}: {DomainWhy}")));
    }

    private static ModuleAssemblyName? NameOf(Assembly assembly) => ModuleAssemblyName.Parse(assembly.GetName().Name!);

    // One search per dependency, so each message names what was used.
    private static IEnumerable<string> TypesUsing(Assembly assembly, IEnumerable<string> dependencies, string why) =>
        dependencies.SelectMany(d => Types.InAssembly(assembly).That().HaveDependencyOn(d).GetTypes()
            .Select(t => $"{t.FullName} uses {d}: {why}"));

    private static List<string> Sorted(IEnumerable<string> violations) =>
        violations.Distinct().Order(StringComparer.Ordinal).ToList();
}

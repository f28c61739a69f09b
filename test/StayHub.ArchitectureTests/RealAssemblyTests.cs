using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace StayHub.ArchitectureTests;

// The rules on every scanned module assembly. Each test also checks the rule had something to look at.
public sealed class RealAssemblyTests
{
    [Fact]
    public void Modules_reference_other_modules_only_through_their_contracts() =>
        AssertClean(ModuleRules.ModuleReferences, AssemblyScan.ModuleAssemblies);

    [Fact]
    public void Contracts_depend_on_neither_ef_core_nor_aspnet_core_nor_npgsql() =>
        AssertClean(ModuleRules.ContractsDependencies, InLayer(Layer.Contracts));

    [Fact]
    public void DbContexts_are_internal()
    {
        // At least one real DbContext is seen (IdentityDbContext), so the rule is not checking nothing.
        AssemblyScan.ModuleAssemblies.SelectMany(TypeNames.LoadableTypes)
            .ShouldContain(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract);
        AssertClean(ModuleRules.PublicDbContexts, AssemblyScan.ModuleAssemblies);
    }

    [Fact]
    public void Core_projects_do_not_use_aspnet_http_routing_or_mvc() =>
        AssertClean(ModuleRules.CoreHttpDependencies, InLayer(Layer.Core));

    [Fact]
    public void Domain_does_not_depend_on_application_or_persistence()
    {
        InLayer(Layer.Core).SelectMany(TypeNames.LoadableTypes)
            .ShouldContain(t => t.Namespace != null && t.Namespace.Contains(".Domain"));
        AssertClean(ModuleRules.DomainLayering, InLayer(Layer.Core));
    }

    private static List<Assembly> InLayer(Layer layer) =>
        AssemblyScan.ModuleAssemblies.Where(a => ModuleAssemblyName.Parse(a.GetName().Name!)?.Layer == layer).ToList();

    private static void AssertClean(Func<Assembly, IReadOnlyList<string>> rule, IReadOnlyList<Assembly> assemblies)
    {
        assemblies.ShouldNotBeEmpty();
        var violations = assemblies.SelectMany(rule).ToList();
        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }
}

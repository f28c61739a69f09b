using StayHub.Framework.Contracts.Application;

namespace StayHub.ArchitectureTests;

/// <summary>
/// Application services are the modules' public surface: their interfaces live in Contracts (so clients and other
/// modules can use them) and follow the conventions; their implementations stay internal to the module.
/// </summary>
public sealed class ApplicationServiceRulesTests
{
    private static readonly List<Type> Interfaces = AssemblyScan.ModuleAssemblies
        .SelectMany(TypeNames.LoadableTypes)
        .Where(t => t.IsInterface && t != typeof(IApplicationService) && typeof(IApplicationService).IsAssignableFrom(t))
        .ToList();

    [Fact]
    public void Application_service_interfaces_live_in_contracts_assemblies()
    {
        Interfaces.Count.ShouldBeGreaterThan(15);
        var misplaced = Interfaces.Where(t => ModuleAssemblyName.Parse(t.Assembly.GetName().Name!)?.Layer != Layer.Contracts)
            .Select(t => $"{t.FullName} is in {t.Assembly.GetName().Name}").ToList();
        misplaced.ShouldBeEmpty(string.Join(Environment.NewLine, misplaced));
    }

    [Fact]
    public void Every_interface_follows_the_conventions_and_its_operation_ids_are_unique()
    {
        var descriptors = Interfaces.Select(ApplicationServiceConventions.Describe).ToList();
        var operationIds = descriptors.SelectMany(d => d.Methods).Select(m => m.OperationId).ToList();
        operationIds.ShouldBeUnique();
        var routes = descriptors.SelectMany(d => d.Methods).Select(m => $"{m.HttpMethod} {m.Route}").ToList();
        routes.ShouldBeUnique();
    }

    [Fact]
    public void Implementations_are_internal_classes_of_their_module()
    {
        var implementations = AssemblyScan.ModuleAssemblies.SelectMany(TypeNames.LoadableTypes)
            .Where(t => t is { IsClass: true, IsAbstract: false } && Interfaces.Any(i => i.IsAssignableFrom(t)))
            .ToList();
        implementations.Count.ShouldBeGreaterThan(15);
        var leaks = implementations
            .Where(t => t.IsPublic || t.IsNestedPublic || ModuleOf(t) != ModuleOf(Interfaces.First(i => i.IsAssignableFrom(t))))
            .Select(t => $"{t.FullName} ({t.Assembly.GetName().Name})").ToList();
        leaks.ShouldBeEmpty(string.Join(Environment.NewLine, leaks));
    }

    [Fact]
    public void Implementations_are_named_after_their_interface()
    {
        // I<Name>AppService is implemented by <Name>AppService (a class serving two interfaces is named after one of
        // them); I<Module>Module by <Module>ModuleApi, because <Module>Module is the module's StayHubModule class.
        var moduleInterfaces = AssemblyScan.ModuleAssemblies.SelectMany(TypeNames.LoadableTypes)
            .Where(t => t.IsInterface && t.Name.EndsWith("Module", StringComparison.Ordinal)
                && ModuleAssemblyName.Parse(t.Assembly.GetName().Name!)?.Layer == Layer.Contracts)
            .ToList();
        moduleInterfaces.Count.ShouldBeGreaterThan(3);
        var contracts = Interfaces.Select(i => (Interface: i, Expected: i.Name[1..]))
            .Concat(moduleInterfaces.Select(i => (Interface: i, Expected: i.Name[1..] + "Api")))
            .ToList();
        var implementations = AssemblyScan.ModuleAssemblies.SelectMany(TypeNames.LoadableTypes)
            .Where(t => t is { IsClass: true, IsAbstract: false } && !t.Name.Contains("Proxy", StringComparison.Ordinal)
                && contracts.Any(c => c.Interface.IsAssignableFrom(t)))
            .ToList();
        implementations.Count.ShouldBeGreaterThan(15);
        var misnamed = implementations
            .Where(t => !contracts.Where(c => c.Interface.IsAssignableFrom(t)).Any(c => c.Expected == t.Name))
            .Select(t => $"{t.FullName} implements {string.Join(", ", contracts.Where(c => c.Interface.IsAssignableFrom(t)).Select(c => c.Interface.Name))}")
            .ToList();
        misnamed.ShouldBeEmpty(string.Join(Environment.NewLine, misnamed));
    }

    private static string? ModuleOf(Type type) => ModuleAssemblyName.Parse(type.Assembly.GetName().Name!)?.Module;
}

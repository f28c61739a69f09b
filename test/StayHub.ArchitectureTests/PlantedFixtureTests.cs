using System.Reflection;
using static StayHub.ArchitectureTests.ModuleRules;

namespace StayHub.ArchitectureTests;

// Each rule must catch the violation planted for it in test/fixtures, and nothing else there:
// the exact lists also prove allowed uses (own Contracts, Framework.Contracts, Identity.Contracts) are not blamed.
public sealed class PlantedFixtureTests
{
    private const string ContractsRefWhy =
        "a Contracts assembly references only Contracts assemblies (StayHub.Framework.Contracts, other modules' Contracts)";
    private const string ModuleRefWhy = "a module reaches another module only through its .Contracts";

    private static readonly Assembly Contracts = AssemblyScan.Planted("StayHub.Planted.Contracts");
    private static readonly Assembly Core = AssemblyScan.Planted("StayHub.Planted");
    private static readonly Assembly Http = AssemblyScan.Planted("StayHub.Planted.Http");

    private static readonly string[] ContractsExpected =
    [
        $"StayHub.Planted.Contracts references StayHub.Framework: {ContractsRefWhy}",
        $"StayHub.Planted.Contracts.FrameworkCoreLeak uses a type of StayHub.Framework: {ContractsRefWhy}",
        $"StayHub.Planted.Contracts references Microsoft.EntityFrameworkCore: {ContractsWhy}",
        $"StayHub.Planted.Contracts.LeakyContract uses Microsoft.EntityFrameworkCore: {ContractsWhy}",
    ];

    private static readonly string[] CoreExpected =
    [
        $"StayHub.Planted references StayHub.Identity: {ModuleRefWhy}",
        $"StayHub.Planted.IdentityCoreLeak uses a type of StayHub.Identity: {ModuleRefWhy}",
        $"StayHub.Planted.Persistence.PlantedDbContext is a public DbContext: {DbContextWhy}",
        $"StayHub.Planted.CurrentRequest uses Microsoft.AspNetCore.Http: {CoreHttpWhy}",
        $"StayHub.Planted.Domain.Stay uses StayHub.Planted.Application: {DomainWhy}",
        $"StayHub.Planted.Domain.StayStore uses StayHub.Planted.Persistence: {DomainWhy}",
    ];

    private static readonly string[] HttpExpected =
    [
        $"StayHub.Planted.Http references StayHub.Identity: {ModuleRefWhy}",
        $"StayHub.Planted.Http.IdentityEndpointsLeak uses a type of StayHub.Identity: {ModuleRefWhy}",
    ];

    [Fact]
    public void Rule1_contracts_referencing_the_framework_core_is_reported() =>
        ModuleReferences(Contracts).ShouldBe(ContractsExpected[..2], ignoreOrder: true);

    [Fact]
    public void Rule1_core_referencing_another_modules_core_is_reported() =>
        ModuleReferences(Core).ShouldBe(CoreExpected[..2], ignoreOrder: true);

    [Fact]
    public void Rule1_http_referencing_another_modules_core_is_reported() =>
        ModuleReferences(Http).ShouldBe(HttpExpected, ignoreOrder: true);

    [Fact]
    public void Rule2_contracts_using_ef_core_is_reported() =>
        ContractsDependencies(Contracts).ShouldBe(ContractsExpected[2..], ignoreOrder: true);

    [Fact]
    public void Rule3_public_dbcontext_is_reported() =>
        PublicDbContexts(Core).ShouldBe([CoreExpected[2]]);

    [Fact]
    public void Rule4_core_using_httpcontext_is_reported() =>
        CoreHttpDependencies(Core).ShouldBe([CoreExpected[3]]);

    [Fact]
    public void Rule5_domain_using_application_and_persistence_is_reported() =>
        DomainLayering(Core).ShouldBe(CoreExpected[4..], ignoreOrder: true);

    [Fact]
    public void All_rules_together_report_exactly_the_planted_violations()
    {
        Violations(Contracts).ShouldBe(ContractsExpected, ignoreOrder: true);
        Violations(Core).ShouldBe(CoreExpected, ignoreOrder: true);
        Violations(Http).ShouldBe(HttpExpected, ignoreOrder: true);
    }
}

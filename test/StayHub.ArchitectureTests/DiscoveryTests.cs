namespace StayHub.ArchitectureTests;

// Guards against a vacuous pass: the rules are only worth something if the scan actually sees the modules.
public sealed class DiscoveryTests
{
    private static List<string> ScannedNames => AssemblyScan.ModuleAssemblies.Select(a => a.GetName().Name!).ToList();

    [Fact]
    public void Scan_finds_the_framework_and_identity_assemblies()
    {
        string[] expected =
        [
            "StayHub.Framework.Contracts", "StayHub.Framework", "StayHub.Framework.Http",
            "StayHub.Identity.Contracts", "StayHub.Identity", "StayHub.Identity.Http",
        ];
        expected.ShouldBeSubsetOf(ScannedNames);
    }

    [Fact]
    public void Scan_finds_at_least_one_module_besides_the_framework_in_every_layer()
    {
        var modules = AssemblyScan.ModuleAssemblies
            .Select(a => ModuleAssemblyName.Parse(a.GetName().Name!)!)
            .Where(n => !n.IsFramework)
            .ToList();

        modules.ShouldNotBeEmpty();
        new[] { Layer.Contracts, Layer.Core, Layer.Http }.ShouldBeSubsetOf(modules.Select(n => n.Layer));
    }

    [Fact]
    public void Scan_skips_the_planted_fixtures_although_they_sit_in_the_output_folder()
    {
        File.Exists(Path.Combine(AppContext.BaseDirectory, "StayHub.Planted.dll")).ShouldBeTrue();
        ScannedNames.ShouldAllBe(n => !n.Contains(".Planted") && !n.EndsWith("Tests"));
    }
}

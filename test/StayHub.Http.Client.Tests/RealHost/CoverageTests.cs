using System.Reflection;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>Every method of every application-service interface is called through the proxy by some client test.</summary>
public sealed class CoverageTests
{
    [Fact]
    public void The_contracts_assemblies_are_found()
    {
        // Found by file name next to the tests, so a module the host gains (reviews, notifications…) is checked without edits here.
        string[] expected = ["StayHub.Booking.Contracts", "StayHub.Framework.Contracts", "StayHub.Identity.Contracts", "StayHub.Listings.Contracts", "StayHub.Payments.Contracts"];
        expected.Except(ClientHostFixture.ContractsAssemblies.Select(a => a.GetName().Name!)).ShouldBeEmpty();
        ClientHostFixture.ServiceTypes.ShouldNotBeEmpty();
    }

    [Fact]
    public void Every_application_service_method_has_a_client_test()
    {
        Uncovered(ClientHostFixture.ServiceTypes, CoveringTests())
            .ShouldBeEmpty("application-service methods without a client test ([CoversMethod]) in StayHub.Http.Client.Tests");
    }

    [Fact]
    public void The_check_reports_a_method_nobody_names()
    {
        // The loopback probe service is not in a Contracts assembly and no [CoversMethod] names it: all of it is a gap.
        Uncovered([typeof(Loopback.IProbeAppService)], CoveringTests())
            .ShouldBe(ApplicationServiceConventions.Describe(typeof(Loopback.IProbeAppService)).Methods.Select(m => $"IProbeAppService.{m.Method.Name}"));
    }

    [Fact]
    public void Every_covers_attribute_names_a_real_method_on_a_test()
    {
        var all = typeof(CoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
            .SelectMany(m => m.GetCustomAttributes<CoversMethodAttribute>().Select(c => (Test: m, Cover: c)))
            .ToList();

        all.Where(x => x.Test.GetCustomAttribute<FactAttribute>() is null)
            .Select(x => $"{x.Test.DeclaringType!.Name}.{x.Test.Name}").ShouldBeEmpty("[CoversMethod] belongs on a [Fact] or [Theory]");
        all.Where(x => x.Cover.Service.GetMethod(x.Cover.Method) is null)
            .Select(x => $"{x.Cover.Service.Name}.{x.Cover.Method}").ShouldBeEmpty("[CoversMethod] names a method that does not exist");
    }

    private static List<string> Uncovered(IEnumerable<Type> services, IEnumerable<MethodInfo> tests)
    {
        var covered = tests
            .SelectMany(test => test.GetCustomAttributes<CoversMethodAttribute>())
            .Select(c => (c.Service, c.Method))
            .ToHashSet();
        return [.. services
            .SelectMany(Methods)
            .Where(m => !covered.Contains((m.DeclaringType!, m.Name)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")];
    }

    private static IEnumerable<MethodInfo> CoveringTests() => typeof(CoverageTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        .Where(m => m.GetCustomAttribute<FactAttribute>() is not null);

    private static IEnumerable<MethodInfo> Methods(Type service) => ApplicationServiceConventions.Describe(service).Methods.Select(m => m.Method);
}

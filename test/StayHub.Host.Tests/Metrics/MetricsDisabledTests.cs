using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Metrics;

/// <summary>Metrics are off by default: no /metrics page, for anyone.</summary>
[Collection(HostCollection.Name)]
public sealed class MetricsDisabledTests(HostFixture host)
{
    [Fact]
    public async Task By_default_there_is_no_metrics_page()
    {
        using var anonymous = await host.CreateClient().GetAsync("/metrics");
        using var admin = await (await host.CreateAdminClientAsync()).GetAsync("/metrics");

        await anonymous.ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await admin.ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }
}

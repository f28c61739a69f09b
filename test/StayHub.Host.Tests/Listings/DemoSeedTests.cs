using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Seeding;
using StayHub.Framework.Testing;
using StayHub.Listings.Seeding;

namespace StayHub.Host.Tests.Listings;

/// <summary>A host started with <c>Seed:Demo</c>, as <c>etc/run.sh</c> does.</summary>
public sealed class DemoSeedFixture : StayHubAppFactory<Program>
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Seed:Demo"] = "true" };
}

public sealed class DemoSeedTests(DemoSeedFixture host) : IClassFixture<DemoSeedFixture>
{
    private const string CountSql =
        "select count(*) from listings.listings l join identity.users u on u.id = l.host_id "
        + "where u.normalized_email = 'HOST@STAYHUB.LOCAL' and l.status = 'published'";

    [Fact]
    public async Task Demo_listings_are_seeded_once_for_the_demo_host_in_eight_cities()
    {
        (await host.ScalarAsync<long>(CountSql)).ShouldBe(200L);
        (await host.ScalarAsync<long>("select count(distinct city) from listings.listings")).ShouldBe(8L);
        (await host.ScalarAsync<long>("select count(*) from listings.listings where city = 'Tokyo' and currency = 'JPY'")).ShouldBe(25L);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeedContributor>().OfType<DemoListingsSeeder>())
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        (await host.ScalarAsync<long>(CountSql)).ShouldBe(200L);
        var detail = await (await host.CreateClient().GetAsync("/api/amenities")).ShouldBeJsonAsync<List<StayHub.Listings.Contracts.AmenityDto>>();
        detail.ShouldNotBeEmpty();
    }
}

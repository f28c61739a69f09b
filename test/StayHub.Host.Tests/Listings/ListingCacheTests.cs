using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Application.Listings;
using StayHub.Listings.Contracts;
using StayHub.Listings.Persistence;

namespace StayHub.Host.Tests.Listings;

[Collection(HostCollection.Name)]
public sealed class ListingCacheTests(HostFixture host)
{
    [Fact]
    public async Task Detail_is_served_from_the_cache_until_an_edit_through_the_api_evicts_it()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}";
        (await (await host.CreateClient().GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe("Sunny flat in Alfama");

        // Behind the application's back: the cache does not know, so the cached copy is still served.
        await host.ScalarAsync<int>("update listings.listings set title = 'Changed by SQL' where id = @id", ("id", listing.Id));
        (await (await host.CreateClient().GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe("Sunny flat in Alfama");

        using (var edit = await owner.Client.PutJsonAsync(url, ListingsTestApi.ValidRequest("Edited through the API")))
        {
            edit.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await (await host.CreateClient().GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe("Edited through the API");
    }

    [Fact]
    public async Task Publishing_photos_and_deleting_evict_the_cached_detail()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}";
        (await host.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await owner.Client.PostAsync($"{url}/unpublish", null)).EnsureSuccessStatusCode();
        await (await host.CreateClient().GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await owner.Client.PostAsync($"{url}/publish", null)).EnsureSuccessStatusCode();
        (await host.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var photo = await (await owner.Client.PostAsync($"{url}/photos", Photos.PhotoFiles.Form(Photos.PhotoFiles.JpegWithGps(32, 32))))
            .ShouldBeJsonAsync<ListingPhotoDto>(HttpStatusCode.Created);
        (await (await host.CreateClient().GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).PhotoUrl.ShouldBe(photo.Url);

        (await owner.Client.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await host.CreateClient().GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_read_that_loaded_the_row_before_an_edit_committed_does_not_leave_the_old_version_cached()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}";
        var pause = new PauseAfterFirstListingRead();
        await using var scope = host.Services.CreateAsyncScope();
        var options = new DbContextOptionsBuilder<ListingsDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<ListingsDbContext>>())
            .AddInterceptors(pause)
            .Options;
        await using var slowDb = new ListingsDbContext(options);
        var cache = host.Services.GetRequiredService<ListingCache>();

        // The race, made deterministic: the cache miss reads the old row, the edit commits and evicts, and only then
        // does the reader get to store what it read.
        var slowRead = Task.Run(async () => await cache.GetDetailAsync(listing.Id, slowDb, CancellationToken.None));
        await pause.Reached.Task.WaitAsync(TimeSpan.FromSeconds(15));
        using (var edit = await owner.Client.PutJsonAsync(url, ListingsTestApi.ValidRequest("Edited during the read")))
        {
            edit.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        pause.Release.SetResult();
        (await slowRead.WaitAsync(TimeSpan.FromSeconds(15)))!.Title.ShouldBe("Sunny flat in Alfama", "the slow reader itself saw the old row");

        (await (await host.CreateClient().GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe("Edited during the read");
    }

    /// <summary>Holds the first query on listings.listings after it ran (its snapshot taken) until released.</summary>
    private sealed class PauseAfterFirstListingRead : DbCommandInterceptor
    {
        private int armed = 1;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM listings.listings", StringComparison.Ordinal) && Interlocked.Exchange(ref armed, 0) == 1)
            {
                Reached.SetResult();
                await Release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }

            return result;
        }
    }
}

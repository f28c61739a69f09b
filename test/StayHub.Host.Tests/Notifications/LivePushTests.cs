using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.SignalR.Client;
using StayHub.Booking.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Booking;
using StayHub.Identity.Contracts;
using StayHub.Notifications.Contracts;

namespace StayHub.Host.Tests.Notifications;

/// <summary>
/// Two nodes on one PostgreSQL database and one Redis: a notification created on node B reaches its user's SignalR
/// connection on node A through the Redis backplane, and nobody else's. Own database, not in a shared collection.
/// </summary>
public sealed class LivePushTests : IAsyncLifetime
{
    private readonly string databaseName = "stayhub_test_push_" + Guid.NewGuid().ToString("N")[..12];

    public Task InitializeAsync() => TestDatabases.CreateAsync(NotificationNode.ServerConnectionString, databaseName);

    public Task DisposeAsync() => TestDatabases.DropAsync(NotificationNode.ServerConnectionString, databaseName);

    [Fact]
    public async Task A_notification_caused_on_node_b_reaches_the_users_connection_on_node_a_and_no_one_else()
    {
        var listings = new FakeListings();
        await using var nodeA = new NotificationNode(databaseName, listings, dispatchEvents: false);
        await using var nodeB = new NotificationNode(databaseName, listings, dispatchEvents: true);
        _ = nodeA.Server;
        _ = nodeB.Server;
        var (hostId, hostToken) = await SignUpAsync(nodeA);
        var (_, otherToken) = await SignUpAsync(nodeA);
        var (_, guestToken) = await SignUpAsync(nodeB);

        var toHost = new ConcurrentQueue<NotificationDto>();
        var toOther = new ConcurrentQueue<NotificationDto>();
        await using var hostConnection = await nodeA.ConnectAsync(hostToken);
        await using var otherConnection = await nodeA.ConnectAsync(otherToken);
        hostConnection.On<NotificationDto>(NotificationHubContract.NotificationMethod, toHost.Enqueue);
        otherConnection.On<NotificationDto>(NotificationHubContract.NotificationMethod, toOther.Enqueue);

        var listing = listings.Add(hostId);
        var day = BookingFixture.FutureDay();
        var guest = nodeB.CreateClient();
        guest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", guestToken);
        var booking = await (await guest.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, day, day.AddDays(2), 1, null)))
            .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (toHost.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var pushed = toHost.ShouldHaveSingleItem();
        pushed.Type.ShouldBe(NotificationTypes.BookingRequested);
        pushed.Link.ShouldBe($"/bookings/{booking.Id}");
        pushed.Title.ShouldBe("New booking request for Test listing");
        var host = nodeA.CreateClient();
        host.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hostToken);
        (await (await host.GetAsync("/api/notifications")).ShouldBeJsonAsync<NotificationPage>()).Items.ShouldHaveSingleItem().Id.ShouldBe(pushed.Id);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        toOther.ShouldBeEmpty("a notification is pushed to its user's connections only");
        toHost.Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_valid_access_token()
    {
        await using var node = new NotificationNode(databaseName, new FakeListings(), dispatchEvents: true);
        _ = node.Server;
        await Should.ThrowAsync<Exception>(() => node.ConnectAsync("not-a-token"));
    }

    private static async Task<(Guid Id, string AccessToken)> SignUpAsync(NotificationNode node)
    {
        var email = $"push-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        var client = node.CreateClient();
        var profile = await (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, password, "Push Test")))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        return (profile.Id, (await client.PasswordGrantAsync(email, password)).ShouldSucceed().AccessToken!);
    }
}

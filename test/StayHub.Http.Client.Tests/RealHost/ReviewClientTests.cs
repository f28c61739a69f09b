using System.Globalization;
using StayHub.Framework.Contracts;
using StayHub.Reviews.Contracts;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>
/// <see cref="IReviewAppService"/> and <see cref="IReviewAdminAppService"/> through the proxies, against the real host:
/// stays are booked, paid and completed through booking, and reviews learn of them from booking's events.
/// </summary>
[Collection(ClientHostCollection.Name)]
public sealed class ReviewClientTests(ClientHostFixture host)
{
    [Fact]
    [CoversMethod(typeof(IReviewAppService), nameof(IReviewAppService.SubmitBookingReviewAsync))]
    public async Task Both_sides_review_a_completed_stay_once_and_early_foreign_invalid_and_repeated_reviews_get_typed_errors()
    {
        var stay = await host.ConfirmedStayAsync();
        var (owner, listing, guest, booking) = stay;
        var stranger = await host.CreateUserAsync();

        // Confirmed is not completed: once reviews knows the booking, it refuses the review as too early.
        var early = await Eventually.ReachAsync(
            () => Should.ThrowAsync<StayHubRemoteException>(() => guest.Get<IReviewAppService>()
                .SubmitBookingReviewAsync(booking.Id, new SubmitReviewRequest(4, "Too early"), CancellationToken.None)),
            e => e.Code == ReviewErrorCodes.BookingNotCompleted);
        early.Status.ShouldBe(409);
        early.Code.ShouldBe(ReviewErrorCodes.BookingNotCompleted);

        await host.CompleteAsync(stay);

        var review = await guest.SubmitEventuallyAsync(booking.Id, new SubmitReviewRequest(4, "Sea breeze and quiet nights.", new ReviewCategoryRatings(5, 4, 4, 5, 3, 4)));
        review.BookingId.ShouldBe(booking.Id);
        review.ListingId.ShouldBe(listing.Id);
        review.AuthorRole.ShouldBe(ReviewAuthorRoles.Guest);
        review.Reviewer.Id.ShouldBe(guest.Id);
        review.Reviewer.DisplayName.ShouldBe("Rita Reviewer");
        review.SubjectUserId.ShouldBe(owner.Id);
        review.StayMonth.ShouldBe(booking.CheckIn.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        review.Rating.ShouldBe(4);
        review.Categories.ShouldBe(new ReviewCategoryRatings(5, 4, 4, 5, 3, 4));
        review.Comment.ShouldBe("Sea breeze and quiet nights.");
        review.Status.ShouldBe(ReviewStatuses.Pending, "double-blind until the host has reviewed too");
        review.PublishedAt.ShouldBeNull();

        var twice = await Should.ThrowAsync<StayHubRemoteException>(() => guest.Get<IReviewAppService>()
            .SubmitBookingReviewAsync(booking.Id, new SubmitReviewRequest(5, "Again"), CancellationToken.None));
        twice.Status.ShouldBe(409);
        twice.Code.ShouldBe(ReviewErrorCodes.AlreadySubmitted);

        var notTheirs = await Should.ThrowAsync<StayHubRemoteException>(() => stranger.Get<IReviewAppService>()
            .SubmitBookingReviewAsync(booking.Id, new SubmitReviewRequest(1, "Never stayed"), CancellationToken.None));
        notTheirs.Status.ShouldBe(404);
        notTheirs.Code.ShouldBe(ErrorCodes.NotFound);

        var zero = await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IReviewAppService>()
            .SubmitBookingReviewAsync(booking.Id, new SubmitReviewRequest(0, "Zero"), CancellationToken.None));
        zero.Status.ShouldBe(400);
        zero.Code.ShouldBe(ErrorCodes.ValidationFailed);
        zero.Errors.Keys.ShouldContain("rating");

        var hostCategories = await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IReviewAppService>()
            .SubmitBookingReviewAsync(booking.Id, new SubmitReviewRequest(5, "Lovely", new ReviewCategoryRatings(5, null, null, null, null, null)), CancellationToken.None));
        hostCategories.Status.ShouldBe(400);
        hostCategories.Code.ShouldBe(ErrorCodes.ValidationFailed);
        hostCategories.Errors.Keys.ShouldContain("categories");

        var hostReview = await owner.Get<IReviewAppService>()
            .SubmitBookingReviewAsync(booking.Id, new SubmitReviewRequest(5, "A considerate guest."), CancellationToken.None);
        hostReview.AuthorRole.ShouldBe(ReviewAuthorRoles.Host);
        hostReview.SubjectUserId.ShouldBe(guest.Id);
        hostReview.Categories.ShouldBeNull();
        hostReview.Status.ShouldBe(ReviewStatuses.Published, "both sides are in");
        hostReview.PublishedAt.ShouldNotBeNull();

        var anonymous = await Should.ThrowAsync<StayHubRemoteException>(() => host.Anonymous().Get<IReviewAppService>()
            .SubmitBookingReviewAsync(booking.Id, new SubmitReviewRequest(3, null), CancellationToken.None));
        anonymous.Status.ShouldBe(401);
        anonymous.Code.ShouldBe(ErrorCodes.Unauthorized);
    }

    [Fact]
    [CoversMethod(typeof(IReviewAppService), nameof(IReviewAppService.GetReviewAsync))]
    [CoversMethod(typeof(IReviewAppService), nameof(IReviewAppService.ListListingReviewsAsync))]
    [CoversMethod(typeof(IReviewAppService), nameof(IReviewAppService.ListUserReviewsAsync))]
    public async Task A_pending_review_is_its_authors_alone_and_once_published_anyone_reads_and_lists_it()
    {
        var (owner, listing, guest, booking) = await host.CompletedStayAsync();
        var anonymous = host.Anonymous().Get<IReviewAppService>();
        var pending = await guest.SubmitEventuallyAsync(booking.Id, new SubmitReviewRequest(4, "Bright and quiet.", new ReviewCategoryRatings(5, 4, null, null, null, 3)));

        (await guest.Get<IReviewAppService>().GetReviewAsync(pending.Id, CancellationToken.None)).Status.ShouldBe(ReviewStatuses.Pending);
        var hidden = await Should.ThrowAsync<StayHubRemoteException>(() => anonymous.GetReviewAsync(pending.Id, CancellationToken.None));
        hidden.Status.ShouldBe(404);
        hidden.Code.ShouldBe(ErrorCodes.NotFound);
        (await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IReviewAppService>().GetReviewAsync(pending.Id, CancellationToken.None))).Status.ShouldBe(404);
        (await anonymous.ListListingReviewsAsync(listing.Id, new ListingReviewQuery(null, null, null), CancellationToken.None)).Items.ShouldBeEmpty();

        var hostReview = await owner.Get<IReviewAppService>()
            .SubmitBookingReviewAsync(booking.Id, new SubmitReviewRequest(5, "Left the flat spotless."), CancellationToken.None);

        var published = await anonymous.GetReviewAsync(pending.Id, CancellationToken.None);
        published.Status.ShouldBe(ReviewStatuses.Published);
        published.Comment.ShouldBe("Bright and quiet.");
        (await anonymous.GetReviewAsync(hostReview.Id, CancellationToken.None)).SubjectUserId.ShouldBe(guest.Id);
        var unknown = await Should.ThrowAsync<StayHubRemoteException>(() => anonymous.GetReviewAsync(Guid.NewGuid(), CancellationToken.None));
        unknown.Status.ShouldBe(404);
        unknown.Code.ShouldBe(ErrorCodes.NotFound);

        var page = await anonymous.ListListingReviewsAsync(listing.Id, new ListingReviewQuery(ListingReviewSorts.RatingDesc, 10, null), CancellationToken.None);
        page.Items.ShouldHaveSingleItem().Id.ShouldBe(pending.Id, "only guests' reviews are the listing's");
        page.NextCursor.ShouldBeNull();
        page.ReviewCount.ShouldBe(1);
        page.AverageRating.ShouldBe(4.00m);
        page.CategoryAverages.Cleanliness.ShouldBe(5.00m);
        page.CategoryAverages.Value.ShouldBe(3.00m);
        page.CategoryAverages.Communication.ShouldBeNull();

        // An unknown listing has no review page to show: the proxy surfaces the server's 404 Problem Details.
        var none = await Should.ThrowAsync<StayHubRemoteException>(() =>
            anonymous.ListListingReviewsAsync(Guid.NewGuid(), new ListingReviewQuery(null, null, null), CancellationToken.None));
        none.Status.ShouldBe(404);
        none.Code.ShouldBe(ErrorCodes.NotFound);
        var badSort = await Should.ThrowAsync<StayHubRemoteException>(() =>
            anonymous.ListListingReviewsAsync(listing.Id, new ListingReviewQuery("loudest", null, null), CancellationToken.None));
        badSort.Status.ShouldBe(400);
        badSort.Code.ShouldBe(ErrorCodes.ValidationFailed);
        badSort.Errors.Keys.ShouldContain("sort");

        var received = await anonymous.ListUserReviewsAsync(guest.Id, new UserReviewQuery(10, null), CancellationToken.None);
        var aboutGuest = received.Items.ShouldHaveSingleItem();
        aboutGuest.Id.ShouldBe(hostReview.Id);
        aboutGuest.Comment.ShouldBe("Left the flat spotless.");
        aboutGuest.Reviewer.Id.ShouldBe(owner.Id);
        (await anonymous.ListUserReviewsAsync(owner.Id, new UserReviewQuery(null, null), CancellationToken.None)).Items
            .ShouldBeEmpty("a host's list holds what they received as a guest");
    }

    [Fact]
    [CoversMethod(typeof(IReviewAppService), nameof(IReviewAppService.ReplyToReviewAsync))]
    public async Task The_host_replies_once_to_a_published_guest_review_and_nobody_else_may()
    {
        var (owner, listing, guest, booking) = await host.CompletedStayAsync();
        var guestReview = await guest.SubmitEventuallyAsync(booking.Id, new SubmitReviewRequest(3, "The boiler was moody."));

        var notYet = await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IReviewAppService>()
            .ReplyToReviewAsync(guestReview.Id, new ReplyToReviewRequest("Fixed it."), CancellationToken.None));
        notYet.Status.ShouldBe(409);
        notYet.Code.ShouldBe(ReviewErrorCodes.NotPublished);

        var hostReview = await owner.Get<IReviewAppService>()
            .SubmitBookingReviewAsync(booking.Id, new SubmitReviewRequest(5, "Welcome back any time."), CancellationToken.None);

        var notTheHost = await Should.ThrowAsync<StayHubRemoteException>(() => guest.Get<IReviewAppService>()
            .ReplyToReviewAsync(guestReview.Id, new ReplyToReviewRequest("Replying to myself"), CancellationToken.None));
        notTheHost.Status.ShouldBe(404);
        notTheHost.Code.ShouldBe(ErrorCodes.NotFound);
        (await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IReviewAppService>()
            .ReplyToReviewAsync(hostReview.Id, new ReplyToReviewRequest("About my own review"), CancellationToken.None))).Status.ShouldBe(404);
        var empty = await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IReviewAppService>()
            .ReplyToReviewAsync(guestReview.Id, new ReplyToReviewRequest(""), CancellationToken.None));
        empty.Status.ShouldBe(400);
        empty.Code.ShouldBe(ErrorCodes.ValidationFailed);

        var replied = await owner.Get<IReviewAppService>()
            .ReplyToReviewAsync(guestReview.Id, new ReplyToReviewRequest("Thanks — the boiler is new now."), CancellationToken.None);
        replied.Id.ShouldBe(guestReview.Id);
        replied.Reply.ShouldNotBeNull().Comment.ShouldBe("Thanks — the boiler is new now.");
        (await host.Anonymous().Get<IReviewAppService>().ListListingReviewsAsync(listing.Id, new ListingReviewQuery(null, null, null), CancellationToken.None))
            .Items.ShouldHaveSingleItem().Reply.ShouldNotBeNull().Comment.ShouldBe("Thanks — the boiler is new now.");

        var again = await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IReviewAppService>()
            .ReplyToReviewAsync(guestReview.Id, new ReplyToReviewRequest("And another thing"), CancellationToken.None));
        again.Status.ShouldBe(409);
        again.Code.ShouldBe(ReviewErrorCodes.AlreadyReplied);
    }

    [Fact]
    [CoversMethod(typeof(IReviewAdminAppService), nameof(IReviewAdminAppService.ListReviewsAsync))]
    [CoversMethod(typeof(IReviewAdminAppService), nameof(IReviewAdminAppService.HideReviewAsync))]
    [CoversMethod(typeof(IReviewAdminAppService), nameof(IReviewAdminAppService.UnhideReviewAsync))]
    public async Task An_admin_lists_hides_and_unhides_reviews_the_listing_follows_and_a_guest_is_forbidden()
    {
        var (owner, listing, guest, booking) = await host.CompletedStayAsync();
        var guestReview = await guest.SubmitEventuallyAsync(booking.Id, new SubmitReviewRequest(2, "Noisy street."));
        var hostReview = await owner.Get<IReviewAppService>()
            .SubmitBookingReviewAsync(booking.Id, new SubmitReviewRequest(4, "Fine guest."), CancellationToken.None);
        var admin = host.Admin().Get<IReviewAdminAppService>();
        var reviews = host.Anonymous().Get<IReviewAppService>();

        var all = await admin.ListReviewsAsync(new AdminReviewQuery(listing.Id, null, null, 10, null), CancellationToken.None);
        all.Items.Select(r => r.Review.Id).ShouldBe([hostReview.Id, guestReview.Id], ignoreOrder: true);
        all.Items.ShouldAllBe(r => !r.Hidden);
        (await admin.ListReviewsAsync(new AdminReviewQuery(null, guest.Id, null, null, null), CancellationToken.None))
            .Items.Select(r => r.Review.Id).ShouldBe([hostReview.Id, guestReview.Id], ignoreOrder: true, "written by or about the guest");
        var firstPage = await admin.ListReviewsAsync(new AdminReviewQuery(listing.Id, null, null, 1, null), CancellationToken.None);
        firstPage.Items.Count.ShouldBe(1);
        firstPage.NextCursor.ShouldNotBeNull();
        var secondPage = await admin.ListReviewsAsync(new AdminReviewQuery(listing.Id, null, null, 1, firstPage.NextCursor), CancellationToken.None);
        secondPage.Items.ShouldHaveSingleItem().Review.Id.ShouldNotBe(firstPage.Items[0].Review.Id);

        var hidden = await admin.HideReviewAsync(guestReview.Id, new HideReviewRequest("Personal details"), CancellationToken.None);
        hidden.Review.Id.ShouldBe(guestReview.Id);
        hidden.Hidden.ShouldBeTrue();
        hidden.HiddenReason.ShouldBe("Personal details");
        hidden.HiddenAt.ShouldNotBeNull();
        (await admin.HideReviewAsync(guestReview.Id, new HideReviewRequest("Personal details"), CancellationToken.None)).Hidden.ShouldBeTrue("idempotent");
        var gone = await reviews.ListListingReviewsAsync(listing.Id, new ListingReviewQuery(null, null, null), CancellationToken.None);
        gone.Items.ShouldBeEmpty();
        gone.ReviewCount.ShouldBe(0);
        gone.AverageRating.ShouldBeNull();
        (await Should.ThrowAsync<StayHubRemoteException>(() => reviews.GetReviewAsync(guestReview.Id, CancellationToken.None))).Status.ShouldBe(404);
        (await admin.ListReviewsAsync(new AdminReviewQuery(listing.Id, null, true, null, null), CancellationToken.None))
            .Items.ShouldHaveSingleItem().Review.Id.ShouldBe(guestReview.Id);
        (await admin.ListReviewsAsync(new AdminReviewQuery(listing.Id, null, false, null, null), CancellationToken.None))
            .Items.ShouldHaveSingleItem().Review.Id.ShouldBe(hostReview.Id);

        var shown = await admin.UnhideReviewAsync(guestReview.Id, CancellationToken.None);
        shown.Hidden.ShouldBeFalse();
        shown.HiddenAt.ShouldBeNull();
        (await admin.UnhideReviewAsync(guestReview.Id, CancellationToken.None)).Hidden.ShouldBeFalse("idempotent");
        var back = await reviews.ListListingReviewsAsync(listing.Id, new ListingReviewQuery(null, null, null), CancellationToken.None);
        back.Items.ShouldHaveSingleItem().Id.ShouldBe(guestReview.Id);
        back.ReviewCount.ShouldBe(1, "counted once, not twice after a second unhide");
        back.AverageRating.ShouldBe(2.00m);

        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() =>
            guest.Get<IReviewAdminAppService>().ListReviewsAsync(new AdminReviewQuery(null, null, null, null, null), CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);
        (await Should.ThrowAsync<StayHubRemoteException>(() =>
            owner.Get<IReviewAdminAppService>().HideReviewAsync(guestReview.Id, new HideReviewRequest("I dislike it"), CancellationToken.None))).Status.ShouldBe(403);
        var unknownHide = await Should.ThrowAsync<StayHubRemoteException>(() => admin.HideReviewAsync(Guid.NewGuid(), new HideReviewRequest(null), CancellationToken.None));
        unknownHide.Status.ShouldBe(404);
        unknownHide.Code.ShouldBe(ErrorCodes.NotFound);
        var unknownUnhide = await Should.ThrowAsync<StayHubRemoteException>(() => admin.UnhideReviewAsync(Guid.NewGuid(), CancellationToken.None));
        unknownUnhide.Status.ShouldBe(404);
        unknownUnhide.Code.ShouldBe(ErrorCodes.NotFound);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Listings;

namespace StayHub.Host.Tests.Authorization;

/// <summary>
/// What each operation's cells send: the ids of the objects the row is about (made fresh where the cell changes them)
/// and a body that would succeed for the right caller. Operations with neither path parameters nor a body need no
/// entry: they are sent as the document describes them. A row without an entry here, for an operation that needs one,
/// fails <see cref="AuthorizationMatrixTests"/>.
/// </summary>
public static class MatrixScenarios
{
    private static readonly Dictionary<string, Func<MatrixCell, Task<MatrixRequest>>> Scenarios = new()
    {
        // Accounts: the caller's own account; nothing of anybody else's can be named.
        ["BecomeHost"] = async cell => MatrixRequest.None with { SendAs = await cell.World.FreshCallerAsync(cell.Caller) },
        ["UpdateMyProfile"] = _ => Ready(MatrixRequest.Json("""{"displayName":"Matrix Caller","bio":"Checks doors.","phoneNumber":null}""")),
        ["UpdateMyPreferences"] = async cell => MatrixRequest.Json(await PreferencesAsync(cell)),
        ["UploadMyPhoto"] = _ => Ready(MatrixRequest.None with { Body = () => Photos.PhotoFiles.Form(Photos.PhotoFiles.JpegWithGps(32, 32)) }),
        ["Register"] = _ => Ready(MatrixRequest.Json($$"""{"email":"matrix-{{Guid.NewGuid():N}}@example.test","password":"Blue-Harbour-Lights-88","displayName":"New Person"}""")),
        ["ForgotPassword"] = cell => Ready(MatrixRequest.Json($$"""{"email":"{{cell.World.Guest.Email}}"}""")),
        ["ResendConfirmationEmail"] = cell => Ready(MatrixRequest.Json($$"""{"email":"{{cell.World.Guest.Email}}"}""")),
        ["ConfirmEmail"] = cell => Ready(MatrixRequest.Json($$"""{"email":"{{cell.World.Guest.Email}}","token":"not-a-mailed-token"}""")),
        ["ResetPassword"] = cell => Ready(MatrixRequest.Json($$"""{"email":"{{cell.World.Guest.Email}}","token":"not-a-mailed-token","newPassword":"Green-Valley-Rivers-77"}""")),
        ["ExternalSignIn"] = _ => Ready(Path(("provider", "google")) with { Query = "returnUrl=%2F" }),
        ["ExternalSignInCallback"] = _ => Ready(Path(("provider", "google")) with { Query = "returnUrl=%2F" }),

        // Listings: the host's listings; a fresh one wherever the cell changes it.
        ["GetListing"] = cell => Ready(MatrixRequest.ForId(cell.World.DraftListing)),
        ["GetListingCalendar"] = cell => Ready(MatrixRequest.ForId(cell.World.DraftListing) with { Query = CalendarQuery() }),
        ["CreateListing"] = _ => Ready(MatrixRequest.Json(ListingJson())),
        ["UpdateListing"] = async cell => MatrixRequest.ForId(await cell.World.CreateListingAsync(publish: false)).WithJson(ListingJson()),
        ["DeleteListing"] = async cell => MatrixRequest.ForId(await cell.World.CreateListingAsync(publish: false)),
        ["PublishListing"] = async cell => MatrixRequest.ForId(await cell.World.CreateListingAsync(publish: false)),
        ["UnpublishListing"] = async cell => MatrixRequest.ForId(await cell.World.CreateListingAsync(publish: true)),
        ["AddListingPhoto"] = async cell => MatrixRequest.ForId(await cell.World.CreateListingAsync(publish: false)) with
        {
            Body = () => Photos.PhotoFiles.Form(Photos.PhotoFiles.JpegWithGps(32, 32)),
        },
        ["DeleteListingPhoto"] = async cell =>
        {
            var (listing, photo) = await cell.World.PhotoAsync();
            return Path(("id", listing.ToString()), ("photoId", photo.ToString()));
        },
        ["UpdateListingCalendar"] = async cell => MatrixRequest.ForId(await cell.World.CreateListingAsync(publish: false)).WithJson(CalendarJson(cell.World)),
        ["GetMedia"] = cell => Ready(Path(("name", cell.World.MediaName))),

        // Bookings and payments: the guest's bookings at the host's listings.
        ["QuoteBooking"] = cell => Ready(MatrixRequest.Json(cell.World.BookingBody(cell.World.InstantListing))),
        ["CreateBooking"] = cell => Ready(MatrixRequest.Json(cell.World.BookingBody(cell.World.InstantListing))),
        ["GetBooking"] = cell => Ready(MatrixRequest.ForId(cell.World.PaidBooking)),
        ["ApproveBooking"] = async cell => MatrixRequest.ForId(await cell.World.BookAsync(cell.World.RequestListing)),
        ["DeclineBooking"] = async cell => MatrixRequest.ForId(await cell.World.BookAsync(cell.World.RequestListing)),
        ["CancelBooking"] = async cell => MatrixRequest.ForId(await cell.World.BookAsync()).WithJson("""{"reason":"Plans changed."}"""),
        ["PayBooking"] = async cell => MatrixRequest.ForId(await cell.World.BookAsync()).WithJson("""{"paymentMethodId":"pm_card_visa"}"""),
        ["GetPayment"] = cell => Ready(MatrixRequest.ForId(cell.World.Payment)),
        ["CompleteSandboxAuthentication"] = async cell => MatrixRequest.ForId((await cell.World.BookAndPayAsync("pm_card_authenticationRequired")).Payment),
        ["StripeWebhook"] = _ => Ready(MatrixRequest.Json("""{"id":"evt_matrix","type":"payment_intent.succeeded"}""")),
        // A payout account of the caller's own; fresh callers, so the shared other host still has none to read.
        ["SetMyPayoutAccount"] = async cell => MatrixRequest.Json("""{"accountId":"acct_1234567890"}""") with { SendAs = await cell.World.FreshCallerAsync(cell.Caller) },

        // Reviews: the guest's completed stays at the host's instant listing.
        ["SubmitBookingReview"] = async cell => MatrixRequest.ForId(await cell.World.CompletedStayAsync()).WithJson("""{"rating":5,"comment":"Lovely stay."}"""),
        ["GetReview"] = cell => Ready(MatrixRequest.ForId(cell.World.BlindReview)),
        ["ListListingReviews"] = cell => Ready(MatrixRequest.ForId(cell.World.InstantListing)),
        ["ListUserReviews"] = cell => Ready(MatrixRequest.ForId(cell.World.Guest.Id)),
        ["ReplyToReview"] = async cell => MatrixRequest.ForId(await cell.World.PublishedReviewAsync()).WithJson("""{"comment":"Thank you!"}"""),

        // Notifications: the guest's.
        ["MarkNotificationRead"] = cell => Ready(MatrixRequest.ForId(cell.World.GuestNotification)),

        // Admin: the guest's and the host's objects, and bystanders to lock and re-role.
        ["AdminGetUser"] = cell => Ready(MatrixRequest.ForId(cell.World.Guest.Id)),
        ["AdminUpdateUserRoles"] = async cell => MatrixRequest.ForId((await cell.World.BystanderAsync()).Id).WithJson("""{"roles":["guest","host"]}"""),
        ["AdminLockUser"] = async cell => MatrixRequest.ForId((await cell.World.BystanderAsync()).Id).WithJson("""{"reason":"Authorization matrix."}"""),
        ["AdminUnlockUser"] = async cell => MatrixRequest.ForId(await LockedBystanderAsync(cell.World)),
        ["AdminCancelBooking"] = async cell => MatrixRequest.ForId(await cell.World.BookAsync()).WithJson("""{"reason":"Moderation."}"""),
        ["AdminPublishListing"] = async cell => MatrixRequest.ForId(await cell.World.CreateListingAsync(publish: false)),
        ["AdminUnpublishListing"] = async cell => MatrixRequest.ForId(await cell.World.CreateListingAsync(publish: true)),
        ["AdminRefundPayment"] = async cell => MatrixRequest.ForId((await cell.World.BookAndPayAsync()).Payment).WithJson("""{"reason":"Goodwill."}"""),
        ["AdminHideReview"] = async cell => MatrixRequest.ForId(await cell.World.PublishedReviewAsync()).WithJson("""{"reason":"Off topic."}"""),
        ["AdminUnhideReview"] = async cell => MatrixRequest.ForId(await HiddenReviewAsync(cell.World)),
        ["AdminRetryDelivery"] = cell => Ready(MatrixRequest.ForId(cell.World.Delivery)),

        // Admin API: audit log and permissions. The role change grants the host what it already has, so the rows
        // running beside it see the same permissions; the user change goes to a bystander.
        ["AdminGetAuditLog"] = cell => Ready(MatrixRequest.ForId(cell.World.AuditLog)),
        ["AdminGetRolePermissions"] = _ => Ready(Path(("role", "host"))),
        ["AdminUpdateRolePermissions"] = _ => Ready(Path(("role", "host")).WithJson("""{"permissions":[{"name":"Listings.Listing.Create","isGranted":true}]}""")),
        ["AdminGetUserPermissions"] = cell => Ready(Path(("userId", cell.World.Guest.Id.ToString()))),
        ["AdminUpdateUserPermissions"] = async cell =>
            Path(("userId", (await cell.World.BystanderAsync()).Id.ToString())).WithJson("""{"permissions":[{"name":"Listings.Listing.Create","isGranted":true}]}"""),
    };

    public static IReadOnlyCollection<string> Named => Scenarios.Keys;

    /// <summary>Whether the operation can be sent without a scenario: no path parameter and no body.</summary>
    public static bool NeedsNone(Fuzzing.FuzzOperation operation) =>
        operation.BodyMediaType is null && operation.Parameters.All(p => p.In != "path");

    public static Task<MatrixRequest> BuildAsync(MatrixCell cell) =>
        Scenarios.TryGetValue(cell.Operation.OperationId, out var scenario) ? scenario(cell)
        : NeedsNone(cell.Operation) ? Ready(MatrixRequest.None)
        : throw new InvalidOperationException($"{cell.Operation.OperationId} has path parameters or a body: add its scenario to {nameof(MatrixScenarios)}.");

    private static Task<MatrixRequest> Ready(MatrixRequest request) => Task.FromResult(request);

    private static MatrixRequest Path(params (string Name, string Value)[] values) =>
        MatrixRequest.None with { PathValues = values.ToDictionary(v => v.Name, v => v.Value) };

    private static string ListingJson() =>
        JsonSerializer.Serialize(ListingsTestApi.ValidRequest($"Matrix flat {Guid.NewGuid():N}"), ApiAssertions.JsonOptions);

    private static string CalendarQuery()
    {
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        return $"from={from:yyyy-MM-dd}&to={from.AddDays(14):yyyy-MM-dd}";
    }

    private static string CalendarJson(MatrixWorld world)
    {
        var (from, to) = world.NextStay();
        return $$"""{"blocks":[{"from":"{{from:yyyy-MM-dd}}","to":"{{to:yyyy-MM-dd}}"}],"prices":[]}""";
    }

    private static async Task<string> PreferencesAsync(MatrixCell cell)
    {
        // The caller's own preferences sent back unchanged (the anonymous cell sends the guest's: it is refused anyway).
        var client = cell.Caller == MatrixCaller.Anonymous ? cell.World.Guest.Client : cell.World.Clients[cell.Caller];
        return (await client.GetFromJsonAsync<JsonElement>("/api/account/me/preferences")).GetRawText();
    }

    private static async Task<Guid> LockedBystanderAsync(MatrixWorld world)
    {
        var user = await world.BystanderAsync();
        using var locked = await world.Admin.PostAsync($"/api/admin/users/{user.Id}/lock", MatrixFixture.JsonContent("""{"reason":"Authorization matrix."}"""));
        await locked.ShouldBeJsonAsync<JsonElement>();
        return user.Id;
    }

    private static async Task<Guid> HiddenReviewAsync(MatrixWorld world)
    {
        var review = await world.PublishedReviewAsync();
        using var hidden = await world.Admin.PostAsync($"/api/admin/reviews/{review}/hide", MatrixFixture.JsonContent("""{"reason":"Off topic."}"""));
        await hidden.ShouldBeJsonAsync<JsonElement>();
        return review;
    }
}

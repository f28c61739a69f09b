using System.Reflection;
using System.Text.Json;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;
using StayHub.Payments.Contracts;
using StayHub.Reviews.Contracts;

namespace StayHub.Host.Tests.OpenApi;

/// <summary>
/// Every application-service operation lists the stable error codes it may answer as <c>x-error-codes</c>, derived
/// from its interface method (<c>[ProducesErrorCodes]</c> plus what the conventions imply); a listed code that no
/// <c>*ErrorCodes</c> class declares would send clients looking for a code that never comes.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OpenApiErrorCodesTests(HostFixture host)
{
    [Fact]
    public async Task Every_listed_code_is_declared_in_an_error_codes_class()
    {
        var operations = await OperationsAsync();
        var declared = DeclaredCodes();
        declared.ShouldContain(BookingErrorCodes.DatesUnavailable);

        var listed = operations.Values.SelectMany(codes => codes).Distinct().ToList();
        listed.Count.ShouldBeGreaterThan(30);
        listed.Where(code => !declared.Contains(code)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Known_operations_list_their_known_codes()
    {
        var operations = await OperationsAsync();

        operations["CreateBooking"].ShouldBe(
            [
                BookingErrorCodes.ConcurrentChange, BookingErrorCodes.DatesUnavailable, BookingErrorCodes.InThePast,
                BookingErrorCodes.ListingUnavailable, BookingErrorCodes.OwnListing, BookingErrorCodes.TooFarAhead,
                BookingErrorCodes.TooFewNights, BookingErrorCodes.TooManyGuests, BookingErrorCodes.TooManyNights,
                ErrorCodes.Unauthorized, "idempotency.in_progress", "idempotency.invalid_key", "idempotency.key_reused",
                ErrorCodes.NotFound, ErrorCodes.MalformedRequest, ErrorCodes.UnsupportedMediaType, ErrorCodes.ValidationFailed,
            ],
            ignoreOrder: true);
        operations["Register"].ShouldContain(IdentityErrorCodes.EmailTaken);
        operations["Register"].ShouldContain(ErrorCodes.RateLimited);
        operations["Register"].ShouldNotContain(ErrorCodes.Unauthorized);
        operations["AdminListUsers"].ShouldContain(ErrorCodes.Forbidden);
        operations["PayBooking"].ShouldContain(PaymentErrorCodes.CardDeclined);
        operations["SubmitBookingReview"].ShouldContain(ReviewErrorCodes.WindowClosed);
        operations["UploadMyPhoto"].ShouldContain("media.too_large");
        operations["UploadMyPhoto"].ShouldContain(ErrorCodes.RequestTooLarge);
        operations["UpdateListingCalendar"].ShouldContain(BookingErrorCodes.Unavailable);

        // A method that reads no input, needs no sign-in and finds nothing by id can answer no error code.
        operations.ShouldNotContainKey("ListAmenities");
    }

    private async Task<Dictionary<string, List<string>>> OperationsAsync()
    {
        using var document = JsonDocument.Parse(await host.CreateClient().GetStringAsync("/openapi/v1.json"));
        var operations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object))
            {
                if (operation.Value.TryGetProperty("operationId", out var id) && operation.Value.TryGetProperty("x-error-codes", out var codes))
                {
                    operations[id.GetString()!] = [.. codes.EnumerateArray().Select(c => c.GetString()!)];
                }
            }
        }

        return operations;
    }

    private static HashSet<string> DeclaredCodes() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("StayHub.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal) && t.Name != "PostgresErrorCodes")
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
}

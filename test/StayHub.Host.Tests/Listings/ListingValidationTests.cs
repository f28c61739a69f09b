using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings;

[Collection(HostCollection.Name)]
public sealed class ListingValidationTests(HostFixture host)
{
    private static readonly ListingRequest Valid = ListingsTestApi.ValidRequest();

    public static TheoryData<string, ListingRequest, string> Invalid => new()
    {
        { "blank title", Valid with { Title = " " }, "title" },
        { "long title", Valid with { Title = new string('a', 121) }, "title" },
        { "no description", Valid with { Description = null }, "description" },
        { "unknown property type", Valid with { PropertyType = "castle" }, "propertyType" },
        { "no address", Valid with { Address = null }, "address" },
        { "no street", Valid with { Address = Valid.Address! with { Line1 = "" } }, "address.line1" },
        { "no city", Valid with { Address = Valid.Address! with { City = "" } }, "address.city" },
        { "long region", Valid with { Address = Valid.Address! with { Region = new string('r', 101) } }, "address.region" },
        { "long postal code", Valid with { Address = Valid.Address! with { PostalCode = new string('9', 21) } }, "address.postalCode" },
        { "lower-case country", Valid with { Address = Valid.Address! with { Country = "pt" } }, "address.country" },
        { "unknown country", Valid with { Address = Valid.Address! with { Country = "XX" } }, "address.country" },
        { "no location", Valid with { Location = null }, "location" },
        { "latitude above 90", Valid with { Location = new LocationDto(90.5, 0) }, "location.lat" },
        { "longitude below -180", Valid with { Location = new LocationDto(0, -180.1) }, "location.lng" },
        { "missing longitude", Valid with { Location = new LocationDto(10, null) }, "location.lng" },
        { "no guests", Valid with { MaxGuests = 0 }, "maxGuests" },
        { "too many guests", Valid with { MaxGuests = 51 }, "maxGuests" },
        { "negative bedrooms", Valid with { Bedrooms = -1 }, "bedrooms" },
        { "no beds", Valid with { Beds = 0 }, "beds" },
        { "negative bathrooms", Valid with { Bathrooms = -1 }, "bathrooms" },
        { "no price", Valid with { NightlyPrice = null }, "nightlyPrice" },
        { "zero price", Valid with { NightlyPrice = new Money(0, "EUR") }, "nightlyPrice.amount" },
        { "unknown currency", Valid with { NightlyPrice = new Money(100, "XYZ"), CleaningFee = new Money(0, "XYZ") }, "nightlyPrice.currency" },
        { "lower-case currency", Valid with { NightlyPrice = new Money(100, "eur"), CleaningFee = new Money(0, "eur") }, "nightlyPrice.currency" },
        { "fee in another currency", Valid with { CleaningFee = new Money(100, "USD") }, "cleaningFee.currency" },
        { "KWD price with a last digit", Valid with { NightlyPrice = new Money(12_345, "KWD"), CleaningFee = new Money(0, "KWD") }, "nightlyPrice.amount" },
        { "KWD fee with a last digit", Valid with { NightlyPrice = new Money(12_340, "KWD"), CleaningFee = new Money(2_005, "KWD") }, "cleaningFee.amount" },
        { "negative fee", Valid with { CleaningFee = new Money(-1, "EUR") }, "cleaningFee.amount" },
        { "unknown amenity", Valid with { Amenities = ["wifi", "moat"] }, "amenities[1]" },
        { "zero min nights", Valid with { MinNights = 0 }, "minNights" },
        { "max nights over a year", Valid with { MaxNights = 366 }, "maxNights" },
        { "max below min", Valid with { MinNights = 5, MaxNights = 4 }, "maxNights" },
        { "no instant book flag", Valid with { InstantBook = null }, "instantBook" },
        { "unknown policy", Valid with { CancellationPolicy = "lenient" }, "cancellationPolicy" },
        { "12-hour check-in", Valid with { CheckInTime = "3pm" }, "checkInTime" },
        { "check-out at 24:00", Valid with { CheckOutTime = "24:00" }, "checkOutTime" },
        { "long house rules", Valid with { HouseRules = new string('h', 2001) }, "houseRules" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Each_invalid_field_is_reported_under_its_camel_case_path(string because, ListingRequest request, string key)
    {
        var owner = await host.CreateHostAsync();

        using var response = await owner.Client.PostJsonAsync("/api/listings", request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe([key], because);
    }

    [Fact]
    public async Task An_edit_is_validated_like_a_create()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();

        using var response = await owner.Client.PutJsonAsync($"/api/listings/{listing.Id}", Valid with { MaxGuests = 0, Address = Valid.Address! with { City = null } });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["address.city", "maxGuests"], ignoreOrder: true);
    }
}

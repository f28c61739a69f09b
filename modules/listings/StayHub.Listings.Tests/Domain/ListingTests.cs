using StayHub.Listings.Domain;
using StayHub.Listings.Seeding;

namespace StayHub.Listings.Tests.Domain;

public sealed class ListingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    internal static ListingDetails Details(string title = "Flat") => new(
        title, "Nice", "apartment", "Rua 1", "Lisbon", null, null, "PT", 38.7, -9.1, 4, 2, 2, 1, 12_500, "EUR", 3_000,
        ["wifi", "kitchen", "wifi"], 2, 30, true, "moderate", new TimeOnly(15, 0), new TimeOnly(11, 0), null);

    [Fact]
    public void A_new_listing_is_published_with_a_point_in_lng_lat_order_and_distinct_sorted_amenities()
    {
        var listing = new Listing(Guid.NewGuid(), Details(), Now);

        listing.IsPublished.ShouldBeTrue();
        listing.ExactLocation.X.ShouldBe(-9.1);
        listing.ExactLocation.Y.ShouldBe(38.7);
        listing.ExactLocation.SRID.ShouldBe(4326);
        listing.Location.SRID.ShouldBe(4326);
        listing.Location.EqualsExact(listing.ExactLocation).ShouldBeFalse("the public point is moved");
        listing.Amenities.ShouldBe(["kitchen", "wifi"]);
        listing.CreatedAt.ShouldBe(Now);
        listing.Id.Version.ShouldBe(7);
    }

    [Fact]
    public void Publish_unpublish_and_delete_move_the_update_time()
    {
        var listing = new Listing(Guid.NewGuid(), Details(), Now);

        listing.Unpublish(Now.AddMinutes(1));
        listing.Status.ShouldBe(ListingStatus.Unpublished);
        listing.UpdatedAt.ShouldBe(Now.AddMinutes(1));

        listing.Publish(Now.AddMinutes(2));
        listing.IsPublished.ShouldBeTrue();

        listing.Delete(Now.AddMinutes(3));
        listing.Delete(Now.AddMinutes(4));
        listing.DeletedAt.ShouldBe(Now.AddMinutes(3));
        listing.IsDeleted.ShouldBeTrue();
    }

    [Fact]
    public void Photos_append_in_order_keep_positions_after_removal_and_stop_at_twenty()
    {
        var listing = new Listing(Guid.NewGuid(), Details(), Now);
        var first = listing.AddPhoto("/media/a", "/media/a-s", Now);
        var second = listing.AddPhoto("/media/b", "/media/b-s", Now);

        first.Position.ShouldBe(0);
        second.Position.ShouldBe(1);
        listing.RemovePhoto(first.Id, Now).ShouldBe(first);
        listing.RemovePhoto(Guid.NewGuid(), Now).ShouldBeNull();
        listing.AddPhoto("/media/c", "/media/c-s", Now).Position.ShouldBe(2);

        while (listing.Photos.Count < Listing.MaxPhotos)
        {
            listing.AddPhoto("/media/x", "/media/x-s", Now);
        }

        Should.Throw<InvalidOperationException>(() => listing.AddPhoto("/media/y", "/media/y-s", Now));
    }

    [Fact]
    public void Country_codes_are_exact_upper_case_iso_codes()
    {
        CountryCodes.IsValid("PT").ShouldBeTrue();
        CountryCodes.IsValid("JP").ShouldBeTrue();
        CountryCodes.IsValid("pt").ShouldBeFalse();
        CountryCodes.IsValid("XX").ShouldBeFalse();
        CountryCodes.IsValid(null).ShouldBeFalse();
    }

    [Fact]
    public void Demo_data_is_deterministic_and_realistic()
    {
        var first = DemoListingsSeeder.Generate(25).ToList();
        var second = DemoListingsSeeder.Generate(25).ToList();

        first.Count.ShouldBe(200);
        first.Select(d => d.Title).ShouldBe(second.Select(d => d.Title));
        first.Select(d => d.City).Distinct().Count().ShouldBe(8);
        first.Where(d => d.City == "Tokyo").ShouldAllBe(d => d.Currency == "JPY" && d.Country == "JP");
        first.ShouldAllBe(d => d.MinNights >= 1 && d.MinNights <= d.MaxNights && d.MaxNights <= 365);
        first.ShouldAllBe(d => d.NightlyPrice > 0 && d.MaxGuests >= 1 && d.MaxGuests <= 50);
        first.ShouldAllBe(d => d.Amenities.All(AmenityCatalog.Exists) && CountryCodes.IsValid(d.Country));
        first.ShouldAllBe(d => d.Title.Length <= 120 && d.Latitude >= -90 && d.Latitude <= 90);
    }
    [Fact]
    public void Ratings_from_reviews_apply_in_sequence_order_and_an_older_or_repeated_delivery_changes_nothing()
    {
        var listing = new Listing(Guid.NewGuid(), Details(), Now);
        listing.ApplyRating(4.50m, 2, 2).ShouldBeTrue();
        listing.ApplyRating(5.00m, 1, 1).ShouldBeFalse();
        listing.ApplyRating(4.50m, 2, 2).ShouldBeFalse();
        listing.Rating.ShouldBe(4.50m);
        listing.ReviewCount.ShouldBe(2);

        listing.ApplyRating(null, 0, 3).ShouldBeTrue();
        listing.Rating.ShouldBeNull();
        listing.ReviewCount.ShouldBe(0);
    }
}

namespace StayHub.ArchitectureTests;

// The reference policy for modules that do not exist yet, without needing an assembly for each case.
public sealed class ReferencePolicyTests
{
    [Theory]
    [InlineData("StayHub.Booking", "StayHub.Listings.Contracts", true)]
    [InlineData("StayHub.Booking", "StayHub.Booking.Contracts", true)]
    [InlineData("StayHub.Booking", "StayHub.Framework", true)]
    [InlineData("StayHub.Booking.Http", "StayHub.Booking", true)]
    [InlineData("StayHub.Booking.Http", "StayHub.Framework.Http", true)]
    [InlineData("StayHub.Booking.Contracts", "StayHub.Framework.Contracts", true)]
    [InlineData("StayHub.Booking.Contracts", "StayHub.Listings.Contracts", true)]
    [InlineData("StayHub.Framework.Http", "StayHub.Framework", true)]
    [InlineData("StayHub.Booking", "StayHub.Framework.Http", false)]
    [InlineData("StayHub.Booking", "StayHub.Listings", false)]
    [InlineData("StayHub.Booking.Http", "StayHub.Listings.Http", false)]
    [InlineData("StayHub.Booking.Http", "StayHub.Listings", false)]
    [InlineData("StayHub.Booking.Contracts", "StayHub.Framework", false)]
    [InlineData("StayHub.Booking.Contracts", "StayHub.Booking", false)]
    [InlineData("StayHub.Booking", "StayHub.Booking.Http", false)]
    [InlineData("StayHub.Booking", "StayHub.Host", false)]
    [InlineData("StayHub.Framework", "StayHub.Identity.Contracts", false)]
    [InlineData("StayHub.Framework.Contracts", "StayHub.Booking.Contracts", false)]
    public void Reference_is_allowed_only_along_the_module_rules(string source, string target, bool allowed) =>
        (ReferencePolicy.WhyForbidden(ModuleAssemblyName.Parse(source)!, ModuleAssemblyName.Parse(target)!) is null)
            .ShouldBe(allowed);

    [Theory]
    [InlineData("StayHub.Booking", "StayHub.Booking.Contracts.BookingDto", true)]
    [InlineData("StayHub.Booking.Stay", "StayHub.Booking.Stay", true)]
    [InlineData("StayHub.Booking.Stay", "StayHub.Booking.StayDto", false)]
    public void Type_name_search_matches_whole_segments(string searched, string other, bool matches) =>
        TypeNames.Matches(searched, other).ShouldBe(matches);
}

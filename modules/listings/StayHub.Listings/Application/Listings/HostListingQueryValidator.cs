using FluentValidation;
using StayHub.Framework.Contracts;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Application.Listings;

internal sealed class HostListingQueryValidator : AbstractValidator<HostListingQuery>
{
    public HostListingQueryValidator()
    {
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(512);
    }
}

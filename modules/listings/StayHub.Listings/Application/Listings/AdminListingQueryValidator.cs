using FluentValidation;
using StayHub.Framework.Contracts;
using StayHub.Listings.Contracts;
using StayHub.Listings.Domain;

namespace StayHub.Listings.Application.Listings;

internal sealed class AdminListingQueryValidator : AbstractValidator<AdminListingQuery>
{
    public static readonly IReadOnlyList<string> Statuses = [ListingStatus.Published, ListingStatus.Unpublished, "deleted"];

    public AdminListingQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Status).Must(s => s is null || Statuses.Contains(s))
            .WithMessage($"Status must be one of: {string.Join(", ", Statuses)}.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(512);
    }
}

using FluentValidation;
using StayHub.Reviews.Contracts;

namespace StayHub.Reviews.Application.Reviews;

internal sealed class ListingReviewQueryValidator : AbstractValidator<ListingReviewQuery>
{
    public ListingReviewQueryValidator() =>
        RuleFor(x => x.Sort).Must(s => s is null || ListingReviewSorts.All.Contains(s))
            .WithMessage($"sort must be one of {string.Join(", ", ListingReviewSorts.All)}.");
}

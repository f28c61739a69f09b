using FluentValidation;
using StayHub.Reviews.Contracts;

namespace StayHub.Reviews.Application.Reviews;

internal sealed class CategoryRatingsValidator : AbstractValidator<ReviewCategoryRatings>
{
    public CategoryRatingsValidator()
    {
        RuleFor(x => x.Cleanliness).InclusiveBetween(ReviewLimits.MinRating, ReviewLimits.MaxRating);
        RuleFor(x => x.Accuracy).InclusiveBetween(ReviewLimits.MinRating, ReviewLimits.MaxRating);
        RuleFor(x => x.Communication).InclusiveBetween(ReviewLimits.MinRating, ReviewLimits.MaxRating);
        RuleFor(x => x.Location).InclusiveBetween(ReviewLimits.MinRating, ReviewLimits.MaxRating);
        RuleFor(x => x.CheckIn).InclusiveBetween(ReviewLimits.MinRating, ReviewLimits.MaxRating);
        RuleFor(x => x.Value).InclusiveBetween(ReviewLimits.MinRating, ReviewLimits.MaxRating);
    }
}

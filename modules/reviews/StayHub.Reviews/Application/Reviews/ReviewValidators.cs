using FluentValidation;
using StayHub.Reviews.Contracts;

namespace StayHub.Reviews.Application.Reviews;

internal sealed class SubmitReviewRequestValidator : AbstractValidator<SubmitReviewRequest>
{
    public SubmitReviewRequestValidator()
    {
        RuleFor(x => x.Rating).InclusiveBetween(ReviewLimits.MinRating, ReviewLimits.MaxRating);
        RuleFor(x => x.Comment).MaximumLength(ReviewLimits.MaxCommentLength);
        RuleFor(x => x.Categories!).SetValidator(new CategoryRatingsValidator()).When(x => x.Categories is not null);
    }
}

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

internal sealed class ReplyToReviewRequestValidator : AbstractValidator<ReplyToReviewRequest>
{
    public ReplyToReviewRequestValidator() =>
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(ReviewLimits.MaxCommentLength);
}

internal sealed class HideReviewRequestValidator : AbstractValidator<HideReviewRequest>
{
    public HideReviewRequestValidator() => RuleFor(x => x.Reason).MaximumLength(ReviewLimits.MaxReasonLength);
}

internal sealed class ListingReviewQueryValidator : AbstractValidator<ListingReviewQuery>
{
    public ListingReviewQueryValidator() =>
        RuleFor(x => x.Sort).Must(s => s is null || ListingReviewSorts.All.Contains(s))
            .WithMessage($"sort must be one of {string.Join(", ", ListingReviewSorts.All)}.");
}

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

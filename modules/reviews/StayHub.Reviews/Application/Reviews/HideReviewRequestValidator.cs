using FluentValidation;
using StayHub.Reviews.Contracts;

namespace StayHub.Reviews.Application.Reviews;

internal sealed class HideReviewRequestValidator : AbstractValidator<HideReviewRequest>
{
    public HideReviewRequestValidator() => RuleFor(x => x.Reason).MaximumLength(ReviewLimits.MaxReasonLength);
}

using FluentValidation;
using StayHub.Reviews.Contracts;

namespace StayHub.Reviews.Application.Reviews;

internal sealed class ReplyToReviewRequestValidator : AbstractValidator<ReplyToReviewRequest>
{
    public ReplyToReviewRequestValidator() =>
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(ReviewLimits.MaxCommentLength);
}

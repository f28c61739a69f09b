using FluentValidation;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Users;

internal sealed class LockUserRequestValidator : AbstractValidator<LockUserRequest>
{
    public LockUserRequestValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().Must(r => r is null || r.Trim().Length > 0).WithMessage("Give a reason.")
            .MaximumLength(AppUser.LockReasonMaxLength);
    }
}

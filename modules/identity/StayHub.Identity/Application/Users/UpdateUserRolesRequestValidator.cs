using FluentValidation;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Application.Users;

internal sealed class UpdateUserRolesRequestValidator : AbstractValidator<UpdateUserRolesRequest>
{
    public UpdateUserRolesRequestValidator()
    {
        RuleFor(x => x.Roles).NotNull().Must(r => r is null || r.Count <= Roles.All.Count * 2)
            .WithMessage($"List at most the roles there are: {string.Join(", ", Roles.All)}.");
        RuleForEach(x => x.Roles).Must(r => r is not null && Roles.All.Contains(r.Trim().ToLowerInvariant()))
            .WithMessage($"Each role must be one of: {string.Join(", ", Roles.All)}.");
    }
}

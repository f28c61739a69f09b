using FluentValidation;
using StayHub.Framework.Contracts;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Application.Users;

internal sealed class UserListQueryValidator : AbstractValidator<UserListQuery>
{
    public UserListQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(256);
        RuleFor(x => x.Role).Must(r => string.IsNullOrWhiteSpace(r) || Roles.All.Contains(r.Trim().ToLowerInvariant()))
            .WithMessage($"Role must be one of: {string.Join(", ", Roles.All)}.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(512);
    }
}

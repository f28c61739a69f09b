using FluentValidation;
using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts.Permissions;

namespace StayHub.Identity.Application.Permissions;

internal sealed class UpdatePermissionsRequestValidator : AbstractValidator<UpdatePermissionsRequest>
{
    /// <summary>More than every permission defined today, few enough that a body stays small.</summary>
    public const int MaxChanges = 200;

    public UpdatePermissionsRequestValidator(PermissionDefinitionManager definitions)
    {
        RuleFor(x => x.Permissions).NotNull().Must(p => p is { Count: >= 1 and <= MaxChanges })
            .WithMessage($"permissions must hold 1 to {MaxChanges} changes.");
        RuleFor(x => x.Permissions)
            .Must(p => p.Where(c => c?.Name is not null).GroupBy(c => c.Name, StringComparer.Ordinal).All(g => g.Count() == 1))
            .When(x => x.Permissions is not null)
            .WithMessage("Each permission may be named once.");
        RuleForEach(x => x.Permissions).NotNull().ChildRules(change =>
        {
            change.RuleFor(c => c.Name).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(128)
                .Must(name => definitions.Find(name) is not null).WithMessage(c => $"'{c.Name}' is not a defined permission.");
            change.RuleFor(c => c.IsGranted).NotNull();
        }).When(x => x.Permissions is not null);
    }
}

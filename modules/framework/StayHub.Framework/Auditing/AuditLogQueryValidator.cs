using FluentValidation;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Auditing;

namespace StayHub.Framework.Auditing;

internal sealed class AuditLogQueryValidator : AbstractValidator<AuditLogQuery>
{
    public AuditLogQueryValidator()
    {
        RuleFor(x => x.Method).Matches("^[A-Za-z]{1,16}$").When(x => !string.IsNullOrEmpty(x.Method))
            .WithMessage("method must be an HTTP method such as POST or DELETE.");
        RuleFor(x => x.Path).MaximumLength(2048).Must(p => p!.StartsWith('/')).When(x => !string.IsNullOrEmpty(x.Path))
            .WithMessage("path must start with '/' (at most 2048 characters).");
        RuleFor(x => x.Status).InclusiveBetween(100, 599);
        RuleFor(x => x.ErrorCode).MaximumLength(128);
        RuleFor(x => x.TraceId).MaximumLength(64);
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("'to' must be after 'from'.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(512);
    }
}

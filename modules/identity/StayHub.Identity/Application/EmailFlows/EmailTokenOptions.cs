namespace StayHub.Identity.Application.EmailFlows;

/// <summary>Bound from <c>Identity:EmailTokens</c>: how long an emailed link stays valid.</summary>
internal sealed class EmailTokenOptions
{
    public const string SectionName = "Identity:EmailTokens";

    public TimeSpan ConfirmEmail { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Short: a reset link in a mailbox is a password for whoever reads it.</summary>
    public TimeSpan ResetPassword { get; set; } = TimeSpan.FromHours(1);
}

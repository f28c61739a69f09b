namespace StayHub.Identity.Application.Tokens;

/// <summary>Bound from <c>Identity:Lockout</c>: when failed sign-ins stop being tried.</summary>
internal sealed class SignInLockoutOptions
{
    public const string SectionName = "Identity:Lockout";

    /// <summary>Failures from one client address that close the account to that address for <see cref="Duration"/>.</summary>
    public int FailuresPerAddress { get; set; } = 5;

    /// <summary>
    /// Failures from all addresses together that lock the account itself (Identity's lockout). High on purpose: a
    /// low account-wide limit lets anyone lock anyone out by failing on purpose.
    /// </summary>
    public int FailuresPerAccount { get; set; } = 50;

    /// <summary>How long either lock lasts.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}

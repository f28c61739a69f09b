namespace StayHub.Identity.Contracts;

/// <summary>Stable error codes of the identity module.</summary>
public static class IdentityErrorCodes
{
    /// <summary>An account with this email already exists.</summary>
    public const string EmailTaken = "identity.email_taken";

    /// <summary>The password does not meet the password policy.</summary>
    public const string WeakPassword = "identity.weak_password";

    /// <summary>The user already has the role being added.</summary>
    public const string AlreadyInRole = "identity.already_in_role";
}

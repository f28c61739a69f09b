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

    /// <summary>An email link's token is wrong, used, expired or not for this email; ask for a new email.</summary>
    public const string InvalidToken = "identity.invalid_token";

    /// <summary>The person cancelled or refused consent at the external provider.</summary>
    public const string ExternalLoginDenied = "identity.external_login_denied";

    /// <summary>The external sign-in could not be completed (tampered or expired state, unknown provider answer).</summary>
    public const string ExternalLoginFailed = "identity.external_login_failed";

    /// <summary>The external provider failed or answered with an error.</summary>
    public const string ExternalProviderError = "identity.external_provider_error";

    /// <summary>The provider shared no email address; StayHub accounts need one.</summary>
    public const string ExternalEmailRequired = "identity.external_email_required";

    /// <summary>An account with this email exists, and the provider does not vouch for the email: sign in with the password instead.</summary>
    public const string ExternalEmailUnverified = "identity.external_email_unverified";

    /// <summary>The account is locked.</summary>
    public const string AccountLocked = "identity.account_locked";

    /// <summary>Administrators cannot lock their own account.</summary>
    public const string CannotLockSelf = "identity.cannot_lock_self";

    /// <summary>Administrators cannot remove their own admin role.</summary>
    public const string CannotDemoteSelf = "identity.cannot_demote_self";

    /// <summary>The change would leave the marketplace without an active (unlocked) administrator.</summary>
    public const string LastAdmin = "identity.last_admin";

    /// <summary>The admin role always keeps permission management, so nobody can lock every administrator out of it.</summary>
    public const string AdminKeepsPermissionsManage = "identity.admin_keeps_permissions_manage";

    /// <summary>The account was changed by another request at the same time; retry.</summary>
    public const string ConcurrentChange = "conflict.concurrency";
}
